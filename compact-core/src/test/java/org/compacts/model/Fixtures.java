package org.compacts.model;

import java.time.LocalDate;
import java.time.YearMonth;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.Exemption;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/** A hand-built compact that uses every element type of the model once or more. */
public final class Fixtures {
  private Fixtures() {}

  public static Compact fullCompact() {
    return Compact.builder()
        .id("example-compact-2025")
        .title("Example Compact 2025")
        .kind(CompactKind.COMPACT)
        .area("Exampleshire")
        .status(CompactStatus.ADOPTED)
        .addLegalStanding(Citation.of("Section 1",
            "Whilst the Compact is not a legally binding document it is a statement of intent."))
        .datedOn(LocalDate.of(2025, 4, 7))
        .period(YearRange.of(2025, 2028))
        .refreshedIn(YearMonth.of(2026, 9))
        .foreword(Foreword.builder()
            .addAuthors(Person.builder().name("Ann Example").position("Cabinet Member")
                .organisation("Exampleshire Council").build())
            .addParagraphs(Citation.of("Foreword", "The Compact provides a framework."))
            .build())
        .addVision(Citation.of("Section 2", "The sectors recognise their interdependence."))
        .addPurpose(Citation.of("Section 1", "The Compact is an agreement between the sectors."))
        .addObjectives(Objective.builder().id("better-services").label("4(ii)")
            .title("better services that meet local needs")
            .addStatements(Citation.of("4(ii)", "Better services are delivered when:"))
            .build())
        .addSectorDefinitions(SectorDefinition.builder().sector(Sector.VOLUNTARY_COMMUNITY)
            .source(Citation.of("Partners", "The VCS includes registered charities.")).build())
        .addSections(Section.builder().id("policy-context").heading("The policy context")
            .addParagraphs(Citation.of("Context", "All partners face financial pressure."))
            .build())
        .addParties(
            Party.builder().id("council").name("Exampleshire Council").sector(Sector.PUBLIC)
                .bodyType(BodyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("cvs").name("Exampleshire CVS").sector(Sector.VOLUNTARY_COMMUNITY)
                .bodyType(BodyType.INFRASTRUCTURE_BODY).build())
        .addSignatories(Signatory.builder().id("ann-example").name("Ann Example")
            .position("Chief Executive").party("council").build())
        .addPrinciples(Principle.builder().id("openness").title("Openness")
            .objective("better-services")
            .source(Citation.of("Section 3", "Openness: all partners will be open.")).build())
        .addUndertakings(Undertaking.builder().id("vcs-seeks-views")
            .actor(Actor.VOLUNTARY_SECTOR).modality(Modality.WILL)
            .addQualifiers(Qualifier.WHERE_POSSIBLE).objective("better-services")
            .addCodesOfPractice("funding")
            .source(Citation.of("4(ii)", "seeks the views of service users, where possible"))
            .build())
        .addRules(
            MinimumNoticeRule.builder().id("three-months-notice").modality(Modality.WILL)
                .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
                .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
                .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
                .givenBy(Sector.PUBLIC).givenTo(Sector.VOLUNTARY_COMMUNITY)
                .addExemptions(Exemption.AGREED_END_DATE)
                .source(Citation.of("Principles", "A minimum of three months notice.")).build(),
            MinimumConsultationRule.builder().id("twelve-week-consultation")
                .modality(Modality.WILL).period(TimeSpan.of(12, TimeSpanUnit.WEEKS))
                .by(Sector.PUBLIC).addAffecting(Sector.VOLUNTARY_COMMUNITY)
                .addExemptions(Exemption.LEGALLY_CONSTRAINED)
                .source(Citation.of("1", "At least 12 weeks consultation.")).build(),
            ConsultationFeedbackRule.builder().id("consultation-feedback")
                .modality(Modality.WILL).by(Sector.PUBLIC)
                .addAffecting(Sector.VOLUNTARY_COMMUNITY)
                .source(Citation.of("1", "Giving feedback on the outcomes.")).build(),
            MinimumTermRule.builder().id("three-year-contracts").modality(Modality.ENDEAVOUR)
                .period(TimeSpan.of(3, TimeSpanUnit.YEARS)).addArrangements(Arrangement.CONTRACT)
                .awardedBy(Sector.PUBLIC)
                .source(Citation.of("1", "Contracts of three years or more.")).build(),
            FullCostRecoveryRule.builder().id("full-cost-recovery").modality(Modality.WILL)
                .addArrangements(Arrangement.CONTRACT).recipient(Sector.VOLUNTARY_COMMUNITY)
                .source(Citation.of("Principles", "Full cost recovery will apply.")).build(),
            StageTimeLimitRule.builder().id("written-response").modality(Modality.SHOULD)
                .stage(2).period(TimeSpan.of(21, TimeSpanUnit.DAYS))
                .source(Citation.of("Stage 2", "Request a written response within 21 days."))
                .build(),
            RecurrenceRule.builder().id("quarterly-meeting").modality(Modality.WILL)
                .activity("compact-meeting").period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
                .source(Citation.of("Governance", "A quarterly Compact meeting.")).build())
        .addCodesOfPractice(CodeOfPractice.builder().id("funding").topic("Funding")
            .inclusion(CodeInclusion.REFERENCED)
            .source(Citation.of("Section 5", "Funding")).build())
        .resolution(ResolutionProcedure.builder()
            .addScope(Citation.of("Section 6", "This procedure is for Compact issues only."))
            .addExclusions(Citation.of("Section 6", "It will not alter complaints procedures."))
            .addStages(
                Stage.builder().number(1).name("Talk to each other")
                    .addActions("Talk to each other.", "Keep a written record of discussions.")
                    .addThirdParties("the CVS")
                    .escalation("If this does not resolve the issue, please move to stage 2.")
                    .source(Citation.of("Stage 1", "Talk to each other.")).build(),
                Stage.builder().number(2).name("Submit a written complaint")
                    .addActions("Submit a written enquiry or complaint.")
                    .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS))
                    .source(Citation.of("Stage 2", "Submit a written enquiry or complaint."))
                    .build())
            .addRecordKeeping(Citation.of("The process", "Complaints are recorded."))
            .addExternalBodies(ExternalBody.builder().id("ombudsman")
                .name("Local Government Ombudsman")
                .contact(Contact.builder().addAddress("PO Box 4771", "Coventry", "CV4 0EH")
                    .telephone("0300 061 0614").email("advice@lgo.org.uk")
                    .website("www.lgo.org.uk").attention("Advice team").build())
                .source(Citation.of("Stage 3", "The Ombudsman can be contacted.")).build())
            .addNotes(Citation.of("Section 6", "Legal redress is always an option."))
            .build())
        .governance(Governance.builder().overseenBy("Exampleshire Strategic Partnership")
            .addStatements(Citation.of("Governance", "The meeting reports to the partnership."))
            .addDuties(GovernanceDuty.builder().id("quarterly-meeting").kind(DutyKind.MEETING)
                .every(TimeSpan.of(3, TimeSpanUnit.MONTHS)).activity("compact-meeting")
                .source(Citation.of("Governance", "A quarterly Compact meeting.")).build())
            .addBodies(GovernanceBody.builder().id("compact-group")
                .name("Exampleshire Compact Group").members(13)
                .addSeats(Seat.of(Sector.PUBLIC, 6), Seat.of(Sector.VOLUNTARY_COMMUNITY, 6),
                    Seat.builder().role("independent Chair").count(1).build())
                .source(Citation.of("Governance", "The Compact Group has thirteen members: six"
                    + " from each sector and an independent Chair.")).build())
            .build())
        .commitmentForm(CommitmentForm.builder().title("Your commitment:")
            .addStatements(Citation.of("Your commitment", "We agree with the principles."))
            .addFields("Name", "Date")
            .returnTo(Contact.builder().attention("Policy Team").addAddress("1 High Street")
                .email("compact@example.org.uk").build())
            .build())
        .addRelatedDocuments(RelatedDocument.builder().id("funding-code")
            .title("Funding Code of Practice").relation("refers to")
            .location("www.example.org.uk/funding")
            .source(Citation.of("Section 5", "Funding")).build())
        .build();
  }
}
