package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.CodeInclusion;
import org.compacts.model.Compact;
import org.compacts.model.DutyKind;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Party;
import org.compacts.model.Sector;
import org.compacts.model.Undertaking;
import org.compacts.rules.Arrangement;
import org.compacts.rules.FullCostRecoveryRule;
import org.junit.jupiter.api.Test;

class SouthGloucestershireCompactTest {
  private final Compact compact = SampleCompacts.southGloucestershire();

  @Test
  void isTheKeepItLocalCompactForSouthGloucestershire() {
    assertThat(compact.getTitle()).isEqualTo("The Power of Community: Keep it Local");
    assertThat(compact.getArea()).isEqualTo("South Gloucestershire");
    assertThat(compact.getDatedOn()).isEmpty();
    assertThat(compact.getPeriod()).isEmpty();
  }

  @Test
  void groupsItsStatementsInThreeThemedSections() {
    assertThat(compact.getObjectives()).extracting(Objective::getId, Objective::getTitle)
        .containsExactly(
            tuple("culture-of-respect", "A Culture of Respect"),
            tuple("working-in-partnership", "Working in Partnership"),
            tuple("effective-delivery", "Effective Delivery"));
    assertThat(compact.getObjectives()).allSatisfy(o -> assertThat(o.getLabel()).isEmpty());
    Map<String, Long> perTheme = compact.getUndertakings().stream()
        .filter(u -> u.getObjective().isPresent())
        .collect(Collectors.groupingBy(u -> u.getObjective().orElseThrow(),
            Collectors.counting()));
    assertThat(perTheme).containsExactlyInAnyOrderEntriesOf(Map.of(
        "culture-of-respect", 6L, "working-in-partnership", 8L, "effective-delivery", 10L));
    assertThat(compact.getUndertakings()).filteredOn(u -> u.getObjective().isPresent())
        .allSatisfy(u -> assertThat(u.getSource().getClause()).isEqualTo(
            compact.getObjectives().stream()
                .filter(o -> o.getId().equals(u.getObjective().orElseThrow()))
                .findFirst().orElseThrow().getTitle()));
  }

  @Test
  void listsItsSignatoryOrganisationsBySector() {
    assertThat(compact.getParties()).filteredOn(p -> p.getSector() == Sector.PUBLIC)
        .extracting(Party::getName)
        .containsExactly("South Gloucestershire Council",
            "South Gloucestershire Locality Partnership", "Avon and Somerset Police",
            "Office of the Police and Crime Commissioner",
            "Town and Parish Councils through the T&PC Forum",
            "Avon Local Councils Association", "Avon Fire and Rescue Service");
    assertThat(compact.getParties()).filteredOn(p -> p.getSector() == Sector.VOLUNTARY_COMMUNITY)
        .extracting(Party::getName)
        .containsExactly("CVS South Gloucestershire", "The Care Forum", "Southern Brooks");
    assertThat(compact.getParties()).extracting(Party::getBodyType)
        .contains(BodyType.POLICE, BodyType.FIRE_AND_RESCUE, BodyType.ASSOCIATION_OF_COUNCILS);
    assertThat(compact.getSignatories()).isEmpty();
  }

  @Test
  void appliesFullCostRecoveryToPublicFundsForVcseDelivery() {
    assertThat(compact.getRules()).singleElement().isInstanceOfSatisfying(
        FullCostRecoveryRule.class, rule -> {
          assertThat(rule.kind()).isEqualTo("full-cost-recovery");
          assertThat(rule.getModality()).isEqualTo(Modality.WILL);
          assertThat(rule.getRecipient()).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
          assertThat(rule.getArrangements())
              .containsExactlyInAnyOrder(Arrangement.CONTRACT, Arrangement.GRANT);
          assertThat(rule.getSource().getClause()).isEqualTo("Effective Delivery");
          assertThat(rule.getSource().getText()).isEqualTo("Full cost recovery principles will"
              + " apply when public sector funds are provided for services, projects or"
              + " programmes delivered by VCSE organisations.");
        });
  }

  @Test
  void asksForProportionateApplicationProcesses() {
    assertThat(compact.getUndertakings())
        .filteredOn(u -> u.getId().equals("proportionate-application-process"))
        .singleElement().satisfies(u -> {
          assertThat(u.getActor()).isEqualTo(Actor.FUNDERS);
          assertThat(u.getModality()).isEqualTo(Modality.WILL);
          assertThat(u.getSource().getText()).contains("will be proportionate to the scale");
        });
  }

  @Test
  void keepsComplaintsAsALastResort() {
    assertThat(compact.getResolution().orElseThrow().getStages()).isEmpty();
    assertThat(compact.getResolution().orElseThrow().getScope())
        .extracting(c -> c.getText())
        .containsExactly("Mutual respect and collaboration should mean that disputes and"
                + " conflicts do not arise or are addressed openly through discussion.",
            "Complaints procedures are available as a last resort.");
  }

  @Test
  void isOverseenByAGroupUnderAnIndependentChair() {
    assertThat(compact.getGovernance().orElseThrow().getOverseenBy()).contains(
        "a representative group of participant organisations under an independent Chair");
    assertThat(compact.getGovernance().orElseThrow().getDuties()).singleElement()
        .satisfies(d -> {
          assertThat(d.getKind()).isEqualTo(DutyKind.OVERSIGHT);
          assertThat(d.getEvery()).isEmpty();
          assertThat(d.getSource().getText())
              .contains("answerable to South Gloucestershire's Safer Stronger Communities");
        });
  }

  @Test
  void refersToTheEarlierCodesItUpdates() {
    assertThat(compact.getCodesOfPractice()).singleElement().satisfies(code -> {
      assertThat(code.getInclusion()).isEqualTo(CodeInclusion.REFERENCED);
      assertThat(code.getTopic()).contains("Getting it right together");
    });
    assertThat(compact.getRelatedDocuments()).extracting(d -> d.getTitle())
        .containsExactly("Getting it right together", "Keep it Local pledge", "Council Plan",
            "Town and Parish Council Charter", "CVS quality standards");
  }

  @Test
  void givesTheCouncilsOwnKeepItLocalWordsToTheCouncil() {
    assertThat(compact.getUndertakings()).filteredOn(u -> u.getActor() == Actor.PARTY)
        .extracting(Undertaking::getId, u -> u.getParty().orElseThrow(), Undertaking::getModality)
        .containsExactly(
            tuple("council-harnesses-local-potential", "south-gloucestershire-council",
                Modality.WILL),
            tuple("council-aspires-to-keep-it-local", "south-gloucestershire-council",
                Modality.ASPIRE));
  }
}
