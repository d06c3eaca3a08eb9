package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Person;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Signatory;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class SandwellCompactTest {
  private final Compact sandwell = SampleCompacts.sandwell();

  @Test
  void wasRefreshedInSeptember2019AndIsNotLegallyBinding() {
    assertThat(sandwell.getRefreshedIn()).contains(YearMonth.of(2019, 9));
    assertThat(sandwell.getDatedOn()).isEmpty();
    assertThat(sandwell.getLegalStanding()).singleElement()
        .satisfies(c -> assertThat(c.getText()).isEqualTo("Whilst the Compact is not a legally"
            + " binding document it is a statement of intent and aspiration."));
  }

  @Test
  void hasAForewordByTheCabinetMemberAndTheScvoChiefExecutive() {
    assertThat(sandwell.getForeword().orElseThrow().getAuthors())
        .extracting(Person::getName, p -> p.getPosition().orElse(null),
            p -> p.getOrganisation().orElse(null))
        .containsExactly(
            tuple("Councillor Maria Crompton", "Cabinet Member for Safer Communities", null),
            tuple("Mark Davis", "Chief Executive",
                "Sandwell Council of Voluntary Organisations (SCVO)"));
    assertThat(sandwell.getForeword().orElseThrow().getParagraphs()).hasSize(4);
  }

  @Test
  void holdsTenValuesInOrder() {
    assertThat(sandwell.getPrinciples()).extracting(p -> p.getTitle().orElseThrow())
        .containsExactly("Partnership working", "Openness, honesty and respect",
            "Community cohesion", "Accessibility", "Equality", "Accountability",
            "Celebrating Independence", "Interdependence", "Learning", "Volunteering");
    assertThat(sandwell.getPrinciples()).extracting(p -> p.getSource().getClause())
        .containsOnly("Section 3");
    assertThat(sandwell.getPrinciples()).allSatisfy((Principle p) ->
        assertThat(p.getSource().getText()).startsWith(p.getTitle().orElseThrow() + ": "));
  }

  @Test
  void holdsTheFourOutcomesWithTheirUndertakings() {
    assertThat(sandwell.getObjectives())
        .extracting(o -> o.getLabel().orElseThrow(), Objective::getTitle)
        .containsExactly(
            tuple("4(i)", "stronger partnerships between the VCS and statutory bodies"),
            tuple("4(ii)", "better services in Sandwell that meet local needs"),
            tuple("4(iii)", "making the best use of resources"),
            tuple("4(iv)", "improved communication between the VCS and statutory sector"));
    Map<String, Long> perOutcome = sandwell.getUndertakings().stream()
        .filter(u -> u.getObjective().isPresent())
        .collect(Collectors.groupingBy(u -> u.getSource().getClause(), Collectors.counting()));
    assertThat(perOutcome).containsExactlyInAnyOrderEntriesOf(
        Map.of("4(i)", 7L, "4(ii)", 5L, "4(iii)", 13L, "4(iv)", 4L));
    assertThat(sandwell.getUndertakings()).hasSize(30);
  }

  @Test
  void classifiesTheUndertakingsByActor() {
    Map<Actor, Long> byActor = sandwell.getUndertakings().stream()
        .collect(Collectors.groupingBy(Undertaking::getActor, Collectors.counting()));
    assertThat(byActor).containsExactlyInAnyOrderEntriesOf(Map.of(
        Actor.VOLUNTARY_SECTOR, 8L, Actor.STATUTORY_SECTOR, 8L, Actor.ALL_PARTNERS, 14L));
    Undertaking seeksViews = undertaking("vcs-seeks-views");
    assertThat(seeksViews.getQualifiers()).containsExactly(
        Qualifier.WHERE_POSSIBLE);
    assertThat(seeksViews.getObjective()).contains("better-services");
  }

  @Test
  void refersToThreeCodesOfPractice() {
    assertThat(sandwell.getCodesOfPractice())
        .extracting(CodeOfPractice::getId, CodeOfPractice::getTopic, CodeOfPractice::getInclusion)
        .containsExactly(
            tuple("funding", "Funding", CodeInclusion.REFERENCED),
            tuple("volunteering", "Volunteering", CodeInclusion.REFERENCED),
            tuple("capacity-building", "Capacity Building", CodeInclusion.REFERENCED));
    assertThat(undertaking("partners-comply-with-funding-code").getCodesOfPractice())
        .containsExactly("funding");
  }

  @Test
  void resolvesDisagreementsInFourStagesWithATwentyOneDayResponse() {
    ResolutionProcedure procedure = sandwell.getResolution().orElseThrow();
    assertThat(procedure.getStages()).extracting(Stage::getNumber, s -> s.getSource().getClause())
        .containsExactly(tuple(1, "Stage 1"), tuple(2, "Stage 2"), tuple(3, "Stage 3"),
            tuple(4, "Stage 4"));
    assertThat(procedure.getStages()).extracting(s -> s.getTimeLimit().orElse(null))
        .containsExactly(null, TimeSpan.of(21, TimeSpanUnit.DAYS), null, null);
    assertThat(procedure.getStages().get(1).getActions())
        .contains("Request a written response within 21 days.");
    assertThat(procedure.getStages().get(3).getEscalation()).isEmpty();
    assertThat(procedure.getExclusions()).extracting(c -> c.getText())
        .containsExactly("It will not alter the complaints procedures of individual"
            + " organisations.");
    assertThat(procedure.getRecordKeeping()).extracting(c -> c.getText())
        .containsExactly("Keep a written record of discussions.");
    assertThat(procedure.getExternalBodies()).singleElement().satisfies(b -> {
      assertThat(b.getName()).isEqualTo("Ombudsman for Local Government");
      assertThat(b.getContact().getWebsite()).contains("www.lgo.org.uk");
    });
  }

  @Test
  void statesTheTwentyOneDayResponseAsARuleOnStageTwo() {
    assertThat(sandwell.getRules()).singleElement().isInstanceOfSatisfying(
        StageTimeLimitRule.class, rule -> {
          assertThat(rule.kind()).isEqualTo("stage-time-limit");
          assertThat(rule.getStage()).isEqualTo(2);
          assertThat(rule.getPeriod()).isEqualTo(TimeSpan.of(21, TimeSpanUnit.DAYS));
          assertThat(rule.getModality()).isEqualTo(Modality.SHOULD);
          assertThat(rule.getSource().getClause()).isEqualTo("Stage 2");
          assertThat(rule.getSource().getText())
              .isEqualTo("Request a written response within 21 days.");
        });
  }

  @Test
  void isSignedByTheTwoChiefExecutives() {
    assertThat(sandwell.getSignatories())
        .extracting(Signatory::getName, Signatory::getPosition,
            s -> sandwell.findParty(s.getParty()).orElseThrow().getName())
        .containsExactly(
            tuple("David Stevens", "Chief Executive", "Sandwell Council"),
            tuple("Mark Davis", "Chief Executive",
                "Sandwell Council of Voluntary Organisations"));
  }

  private Undertaking undertaking(String id) {
    Map<String, Undertaking> byId = sandwell.getUndertakings().stream()
        .collect(Collectors.toMap(Undertaking::getId, Function.identity()));
    return byId.get(id);
  }
}
