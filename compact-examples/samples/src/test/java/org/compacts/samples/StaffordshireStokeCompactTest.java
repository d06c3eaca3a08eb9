package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.DutyKind;
import org.compacts.model.ExternalBody;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Party;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Sector;
import org.compacts.model.SectorDefinition;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;

/** The facts a reader of the Staffordshire and Stoke on Trent Compact 2014-2018 would check. */
class StaffordshireStokeCompactTest {
  private static final Compact COMPACT = StaffordshireStokeCompact.compact();
  private static final String SOURCE = SourceLineCoverage.joined(
      SourceLineCoverage.resource("seeds/staffordshire-stoke-compact-2014-2018.txt"));

  @Test
  void passesTheValidator() {
    assertThat(CompactValidator.create().validate(COMPACT)).isEmpty();
  }

  @Test
  void isTheDraftCompactFor2014To2018() {
    assertThat(COMPACT.getId()).isEqualTo("staffordshire-stoke-compact-2014");
    assertThat(COMPACT.getTitle()).isEqualTo("Staffordshire and Stoke on Trent Compact 2014 -2018");
    assertThat(COMPACT.getKind()).isEqualTo(CompactKind.COMPACT);
    assertThat(COMPACT.getStatus()).isEqualTo(CompactStatus.DRAFT);
    assertThat(COMPACT.getPeriod()).contains(YearRange.of(2014, 2018));
    assertThat(COMPACT.getDatedOn()).isEmpty();
    assertThat(COMPACT.getSignatories()).isEmpty();
    assertThat(COMPACT.getVision()).singleElement().extracting(Citation::getText)
        .asString().startsWith("For the public, private and Voluntary and Community Sectors");
    assertThat(COMPACT.getLegalStanding()).singleElement().extracting(Citation::getText)
        .asString().contains("It has no legal powers");
  }

  @Test
  void hasTwentyThreePartnersInThreeSectors() {
    assertThat(COMPACT.getParties()).hasSize(23);
    assertThat(COMPACT.getParties().stream()
        .collect(Collectors.groupingBy(Party::getSector, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            Sector.PUBLIC, 21L, Sector.PRIVATE, 1L, Sector.VOLUNTARY_COMMUNITY, 1L));
    assertThat(COMPACT.getParties().stream()
        .collect(Collectors.groupingBy(Party::getBodyType, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            BodyType.LOCAL_AUTHORITY, 10L, BodyType.NHS_BODY, 6L, BodyType.POLICE, 1L,
            BodyType.PARTNERSHIP, 2L, BodyType.BUSINESS_ASSOCIATION, 1L,
            BodyType.FIRE_AND_RESCUE, 1L, BodyType.ASSOCIATION_OF_COUNCILS, 1L,
            BodyType.INFRASTRUCTURE_BODY, 1L));
  }

  @Test
  void joinsPartnerNamesSplitAcrossLines() {
    assertThat(COMPACT.getParties()).extracting(Party::getName).contains(
        "South East Staffs and Seisdon Peninsula CCG",
        "Staffordshire Police and Crime Commissioner",
        "Stoke on Trent and Staffordshire Local Enterprise Partnership",
        "Greater Birmingham and Solihull Local Enterprise Partnership",
        "Stoke on Trent and Staffordshire Fire and Rescue Authority");
    assertThat(COMPACT.findParty("vast")).get()
        .extracting(Party::getName, Party::getSector, Party::getBodyType)
        .containsExactly("VAST", Sector.VOLUNTARY_COMMUNITY, BodyType.INFRASTRUCTURE_BODY);
    assertThat(COMPACT.findParty("staffordshire-chambers-of-commerce")).get()
        .extracting(Party::getSector).isEqualTo(Sector.PRIVATE);
  }

  @Test
  void definesTheThreeSectors() {
    assertThat(COMPACT.getSectorDefinitions()).extracting(SectorDefinition::getSector)
        .containsExactly(Sector.PUBLIC, Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE);
  }

  @Test
  void hasFourNumberedObjectives() {
    assertThat(COMPACT.getObjectives())
        .extracting(o -> o.getLabel().orElseThrow(), Objective::getTitle)
        .containsExactly(
            tuple("1", "Developing effective services for Staffordshire communities"),
            tuple("2", "Building and developing the market place and supporting greater cross"
                + " sector collaboration"),
            tuple("3", "Building, developing and connecting community resources and assets"),
            tuple("4", "Developing the role of people, families and communities"));
  }

  @Test
  void hasTheBoldPrinciplesUnderEachObjective() {
    assertThat(COMPACT.getPrinciples()).hasSize(29);
    assertThat(countBy(COMPACT.getPrinciples(), p -> p.getObjective().orElseThrow()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "effective-services", 10L, "market-place", 5L, "community-resources", 8L,
            "people-families-communities", 6L));
    assertThat(COMPACT.getPrinciples()).allSatisfy(p ->
        assertThat(p.getSource().getClause()).isEqualTo(p.getTitle().orElseThrow()));
  }

  @Test
  void keepsTheTwoSustainabilityPrinciplesApart() {
    List<Principle> sustainability = COMPACT.getPrinciples().stream()
        .filter(p -> p.getTitle().orElseThrow().equals("Sustainability"))
        .toList();
    assertThat(sustainability)
        .extracting(Principle::getId, p -> p.getObjective().orElseThrow())
        .containsExactly(
            tuple("sustainability-of-services", "effective-services"),
            tuple("sustainability-of-the-vcs", "community-resources"));
    assertThat(sustainability.get(0).getSource().getText()).contains("contracts of three years");
    assertThat(sustainability.get(1).getSource().getText())
        .contains("alternative sources of income");
  }

  @Test
  void classifiesTheUndertakings() {
    assertThat(COMPACT.getUndertakings()).hasSize(55);
    assertThat(countBy(COMPACT.getUndertakings(), u -> u.getObjective().orElse("none")))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "none", 10L, "effective-services", 16L, "market-place", 8L,
            "community-resources", 12L, "people-families-communities", 9L));
    assertThat(COMPACT.getUndertakings().stream().filter(u -> !u.getQualifiers().isEmpty()))
        .extracting(Undertaking::getId, Undertaking::getQualifiers)
        .containsExactly(
            tuple("support-co-production-and-co-design", Set.of(Qualifier.WHERE_POSSIBLE)),
            tuple("consult-for-at-least-twelve-weeks",
                Set.of(Qualifier.WHERE_LEGALLY_POSSIBLE)),
            tuple("promote-the-compact", Set.of(Qualifier.WHERE_APPLICABLE)));
    assertThat(undertaking("contracts-of-three-years-or-more"))
        .extracting(Undertaking::getActor, Undertaking::getModality)
        .containsExactly(Actor.COMMISSIONERS, Modality.ENDEAVOUR);
    assertThat(undertaking("consult-for-at-least-twelve-weeks"))
        .extracting(Undertaking::getActor, Undertaking::getModality)
        .containsExactly(Actor.PUBLIC_SECTOR, Modality.WILL);
    assertThat(undertaking("openness-in-commissioning-decisions").getModality())
        .isEqualTo(Modality.SHOULD);
    assertThat(undertaking("increase-volunteering").getModality()).isEqualTo(Modality.COMMIT);
    assertThat(undertaking("support-innovation").getModality()).isEqualTo(Modality.RECOGNISE);
    assertThat(undertaking("prioritise-resourcing-volunteering").getActor())
        .isEqualTo(Actor.FUNDERS);
    // The text never says "aspire": its three-year contracts are an endeavour.
    assertThat(COMPACT.getUndertakings().stream().map(Undertaking::getModality)
        .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Modality.WILL, Modality.SHOULD, Modality.ENDEAVOUR,
            Modality.RECOGNISE, Modality.COMMIT);
  }

  @Test
  void givesOneUndertakingPerActorOfATwoActorSentence() {
    assertThat(COMPACT.getUndertakings().stream()
        .filter(u -> u.getSource().getClause().equals("Representation")))
        .extracting(Undertaking::getActor)
        .containsExactly(Actor.VOLUNTARY_SECTOR, Actor.PRIVATE_SECTOR);
    assertThat(COMPACT.getUndertakings().stream()
        .filter(u -> u.getSource().getClause().equals("Local support")))
        .extracting(Undertaking::getActor)
        .containsExactly(Actor.PUBLIC_SECTOR, Actor.PRIVATE_SECTOR);
  }

  @Test
  void keepsTheTextsTyposAsPrinted() {
    assertThat(undertaking("focus-on-outcomes").getSource().getText())
        .contains("how the how the outcomes");
    assertThat(COMPACT.getParties()).extracting(Party::getName)
        .contains("Cannock Chase District Councils");
  }

  @Test
  void statesEachQuantifiedRuleWithItsPeriodAndClause() {
    assertThat(COMPACT.getRules())
        .extracting(Rule::getId, Rule::kind, Rule::getModality, r -> r.getSource().getClause())
        .containsExactly(
            tuple("contracts-of-three-years-or-more", "minimum-term", Modality.ENDEAVOUR,
                "Sustainability"),
            tuple("twelve-week-consultation", "minimum-consultation", Modality.WILL,
                "Consultation"),
            tuple("consultation-feedback", "consultation-feedback", Modality.WILL,
                "Consultation"),
            tuple("quarterly-compact-meeting", "recurrence", Modality.WILL,
                "Promotion of the Compact and Governance"),
            tuple("annual-report", "recurrence", Modality.WILL,
                "Promotion of the Compact and Governance"),
            tuple("stage-two-within-six-weeks", "stage-time-limit", Modality.SHOULD,
                "Stage Two"));

    MinimumTermRule term = rule("contracts-of-three-years-or-more", MinimumTermRule.class);
    assertThat(term.getPeriod()).isEqualTo(TimeSpan.of(3, TimeSpanUnit.YEARS));
    assertThat(term.getArrangements()).containsExactly(Arrangement.CONTRACT);
    assertThat(term.getAwardedBy()).isEqualTo(Sector.PUBLIC);
    assertThat(term.getSource().getText()).contains("contracts of three years or more");

    MinimumConsultationRule consultation =
        rule("twelve-week-consultation", MinimumConsultationRule.class);
    assertThat(consultation.getPeriod()).isEqualTo(TimeSpan.of(12, TimeSpanUnit.WEEKS));
    assertThat(consultation.getBy()).isEqualTo(Sector.PUBLIC);
    assertThat(consultation.getAffecting())
        .containsExactlyInAnyOrder(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE);
    assertThat(consultation.getExemptions()).containsExactly(Exemption.LEGALLY_CONSTRAINED);
    assertThat(consultation.getSource().getText())
        .contains("at least 12 weeks consultation (where legally possible)");

    ConsultationFeedbackRule feedback =
        rule("consultation-feedback", ConsultationFeedbackRule.class);
    assertThat(feedback.getBy()).isEqualTo(Sector.PUBLIC);
    assertThat(feedback.getAffecting())
        .containsExactlyInAnyOrder(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE);
    assertThat(feedback.getSource().getText()).contains("giving feedback on the outcomes");

    RecurrenceRule meeting = rule("quarterly-compact-meeting", RecurrenceRule.class);
    assertThat(meeting.getActivity()).isEqualTo("compact-meeting");
    assertThat(meeting.getPeriod()).isEqualTo(TimeSpan.of(3, TimeSpanUnit.MONTHS));
    assertThat(meeting.getSource().getText()).contains("a quarterly Compact meeting");

    RecurrenceRule report = rule("annual-report", RecurrenceRule.class);
    assertThat(report.getActivity()).isEqualTo("annual-report");
    assertThat(report.getPeriod()).isEqualTo(TimeSpan.of(1, TimeSpanUnit.YEARS));
    assertThat(report.getSource().getText()).startsWith("An annual report is produced");

    StageTimeLimitRule stageTwo = rule("stage-two-within-six-weeks", StageTimeLimitRule.class);
    assertThat(stageTwo.getStage()).isEqualTo(2);
    assertThat(stageTwo.getPeriod()).isEqualTo(TimeSpan.of(6, TimeSpanUnit.WEEKS));
    assertThat(stageTwo.getSource().getText()).contains("within six weeks of initial contact");
  }

  @Test
  void resolvesDifficultiesInThreeStages() {
    ResolutionProcedure resolution = COMPACT.getResolution().orElseThrow();
    assertThat(resolution.getStages())
        .extracting(Stage::getNumber, s -> s.getName().orElseThrow(),
            s -> s.getSource().getClause(), Stage::getTimeLimit)
        .containsExactly(
            tuple(1, "Informal", "Stage One", java.util.Optional.empty()),
            tuple(2, "Formal", "Stage Two",
                java.util.Optional.of(TimeSpan.of(6, TimeSpanUnit.WEEKS))),
            tuple(3, "Additional", "Stage Three", java.util.Optional.empty()));
    List<Stage> stages = resolution.getStages();
    // Each stage escalates to where the next one begins.
    assertThat(stages.get(0).getEscalation()).contains(stages.get(1).getActions().get(0));
    assertThat(stages.get(1).getEscalation()).contains(stages.get(2).getActions().get(0));
    assertThat(stages.get(2).getEscalation().orElseThrow())
        .contains("Local Government Ombudsmen");
    assertThat(stages.get(0).getThirdParties()).contains(
        "Staffordshire and Stoke on Trent Compact Working Group");
    assertThat(resolution.getRecordKeeping()).singleElement().extracting(Citation::getText)
        .asString().contains("monitored and recorded");
    assertThat(resolution.getExclusions()).singleElement().extracting(Citation::getText)
        .asString().contains("no relevance to contract breaches");
  }

  @Test
  void namesTheExternalBodiesWithTheirContactDetails() {
    List<ExternalBody> bodies = COMPACT.getResolution().orElseThrow().getExternalBodies();
    assertThat(bodies).extracting(ExternalBody::getId)
        .containsExactly("local-government-ombudsmen", "compact-voice", "navca");

    ExternalBody lgo = bodies.get(0);
    assertThat(lgo.getName()).isEqualTo("The Local Government Ombudsmen");
    assertThat(lgo.getContact().getAddress()).containsExactly("PO Box 4771", "Coventry", "CV4 0EH");
    assertThat(lgo.getContact().getTelephone()).contains("0300 061 0614");
    assertThat(lgo.getContact().getWebsite()).contains("www.lgo.org.uk");
    assertThat(lgo.getContact().getEmail()).isEmpty();

    ExternalBody voice = bodies.get(1);
    assertThat(voice.getName()).isEqualTo("Compact Voice");
    assertThat(voice.getContact().getAddress())
        .containsExactly("Society Building", "8 All Saints Street", "London", "N1 9RL");
    assertThat(voice.getContact().getEmail()).contains("compact@compactvoice.org.uk");
    assertThat(voice.getContact().getWebsite()).contains("www.compactvoice.org.uk");
    assertThat(voice.getContact().getTelephone()).contains("0207 520 2451");

    ExternalBody navca = bodies.get(2);
    assertThat(navca.getName()).isEqualTo("NACVA");
    assertThat(navca.getContact().getWebsite()).contains("www.navca.org.uk");
  }

  @Test
  void isGovernedThroughChampionsMeetingsAndReports() {
    var governance = COMPACT.getGovernance().orElseThrow();
    assertThat(governance.getOverseenBy()).contains("Staffordshire Strategic Partnership");
    assertThat(governance.getDuties())
        .extracting(GovernanceDuty::getKind, GovernanceDuty::getEvery,
            GovernanceDuty::getActivity)
        .containsExactly(
            tuple(DutyKind.CHAMPION, java.util.Optional.empty(), java.util.Optional.empty()),
            tuple(DutyKind.IMPLEMENTATION_PLAN, java.util.Optional.empty(),
                java.util.Optional.empty()),
            tuple(DutyKind.PROMOTION, java.util.Optional.empty(), java.util.Optional.empty()),
            tuple(DutyKind.OTHER, java.util.Optional.empty(), java.util.Optional.empty()),
            tuple(DutyKind.MEETING, java.util.Optional.of(TimeSpan.of(3, TimeSpanUnit.MONTHS)),
                java.util.Optional.of("compact-meeting")),
            tuple(DutyKind.REPORT, java.util.Optional.of(TimeSpan.of(1, TimeSpanUnit.YEARS)),
                java.util.Optional.of("annual-report")),
            tuple(DutyKind.OVERSIGHT, java.util.Optional.empty(), java.util.Optional.empty()));
  }

  @Test
  void hasTheSignUpForm() {
    CommitmentForm form = COMPACT.getCommitmentForm().orElseThrow();
    assertThat(form.getTitle()).contains("The Staffordshire and Stoke on Trent Compact Agreement");
    assertThat(form.getStatements()).extracting(Citation::getText).containsExactly(
        "Supports the principles and ways of working of the Compact and its supporting documents",
        "Will use them as a framework for reflecting on and adapting its practices and"
            + " behaviours",
        "Aims to create a more open, equal and constructive working relationship between the"
            + " public sector, the private sector and Voluntary and Community Sector in"
            + " Staffordshire and Stoke on Trent",
        "Will promote Compact principles and develop better communication between the VCS,"
            + " public and private sectors in the city and county");
    assertThat(form.getFields())
        .containsExactly("Signature", "Name", "Organisation", "Position in organisation", "Date");
    assertThat(form.getReturnTo()).isEmpty();
  }

  @Test
  void quotesEveryCitationVerbatim() {
    List<Citation> citations = SourceLineCoverage.reachable(COMPACT, Citation.class);
    assertThat(citations).hasSizeGreaterThan(100);
    assertThat(citations).allSatisfy(c -> {
      assertThat(SOURCE).as("clause").contains(c.getClause());
      assertThat(SOURCE).as("text").contains(c.getText());
    });
  }

  @Test
  void takesEveryOtherTextFromTheSource() {
    // Ids, activity names and relations are the model's own words, not the source's.
    Set<String> texts = SourceLineCoverage.texts(COMPACT, Set.of("getId", "getParty",
        "getObjective", "getActivity", "getRelation", "getCodesOfPractice"));
    assertThat(texts).hasSizeGreaterThan(150).allSatisfy(t -> assertThat(SOURCE).contains(t));
  }

  private static Undertaking undertaking(String id) {
    return COMPACT.getUndertakings().stream().filter(u -> u.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no undertaking " + id));
  }

  private static <R extends Rule> R rule(String id, Class<R> type) {
    return type.cast(COMPACT.findRule(id).orElseThrow(() -> new AssertionError("no rule " + id)));
  }

  private static <T> Map<String, Long> countBy(List<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
