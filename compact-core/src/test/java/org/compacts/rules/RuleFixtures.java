package org.compacts.rules;

import java.time.LocalDate;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/** Rules as the source compacts state them, and events that each rule applies to. */
final class RuleFixtures {
  static final RuleContext AS_OF_2025 = RuleContext.of(LocalDate.of(2025, 1, 1));

  private RuleFixtures() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static RuleContext asOf(String iso) {
    return RuleContext.of(day(iso));
  }

  /** Leicestershire: three months' notice, except before a previously agreed end date. */
  static MinimumNoticeRule threeMonthsNotice() {
    return MinimumNoticeRule.builder()
        .id("three-months-notice")
        .modality(Modality.WILL)
        .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
        .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
        .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT, Arrangement.AGREEMENT,
            Arrangement.SUPPORT, Arrangement.ACCOMMODATION_ASSET)
        .givenBy(Sector.PUBLIC)
        .givenTo(Sector.VOLUNTARY_COMMUNITY)
        .addExemptions(Exemption.AGREED_END_DATE)
        .source(Citation.of("Shared principles", "That an agreed period of a minimum of three"
            + " months notice, in advance, is given by a Public Sector body ..."))
        .build();
  }

  /** A grant ending on 2025-03-31, notice given on a day (or not). */
  static FundingChange.Builder grantCessation() {
    return FundingChange.builder()
        .change(ChangeKind.CESSATION)
        .arrangement(Arrangement.GRANT)
        .decidedBy(Sector.PUBLIC)
        .addAffects(Sector.VOLUNTARY_COMMUNITY)
        .takesEffectOn(day("2025-03-31"));
  }

  /** Staffordshire: at least 12 weeks' consultation where legally possible. */
  static MinimumConsultationRule twelveWeekConsultation() {
    return MinimumConsultationRule.builder()
        .id("twelve-week-consultation")
        .modality(Modality.WILL)
        .period(TimeSpan.of(12, TimeSpanUnit.WEEKS))
        .by(Sector.PUBLIC)
        .addAffecting(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)
        .addExemptions(Exemption.LEGALLY_CONSTRAINED)
        .source(Citation.of("1", "Consultation – where a decision is likely to have a"
            + " significant effect on the VCS or the private sector ..."))
        .build();
  }

  /** Staffordshire: feedback on the outcomes of a consultation. */
  static ConsultationFeedbackRule consultationFeedback() {
    return ConsultationFeedbackRule.builder()
        .id("consultation-feedback")
        .modality(Modality.WILL)
        .by(Sector.PUBLIC)
        .addAffecting(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)
        .source(Citation.of("1", "... and giving feedback on the outcomes."))
        .build();
  }

  /** A public consultation affecting the VCS, opening on Monday 2025-01-06. */
  static Consultation.Builder consultation() {
    return Consultation.builder()
        .by(Sector.PUBLIC)
        .addSignificantEffectOn(Sector.VOLUNTARY_COMMUNITY)
        .opensOn(day("2025-01-06"))
        .closesOn(day("2025-03-31"));
  }

  /** Staffordshire: commissioners will endeavour to give contracts of three years or more. */
  static MinimumTermRule threeYearContracts() {
    return MinimumTermRule.builder()
        .id("three-year-contracts")
        .modality(Modality.ENDEAVOUR)
        .period(TimeSpan.of(3, TimeSpanUnit.YEARS))
        .addArrangements(Arrangement.CONTRACT)
        .awardedBy(Sector.PUBLIC)
        .source(Citation.of("1", "Sustainability - Commissioners will endeavour to move away"
            + " from one year contracting to providing contracts of three years or more."))
        .build();
  }

  /** South Gloucestershire: full cost recovery when public funds pay the VCSE. */
  static FullCostRecoveryRule fullCostRecovery() {
    return FullCostRecoveryRule.builder()
        .id("full-cost-recovery")
        .modality(Modality.WILL)
        .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
        .recipient(Sector.VOLUNTARY_COMMUNITY)
        .source(Citation.of("Effective Delivery", "Full cost recovery principles will apply"
            + " when public sector funds are provided ..."))
        .build();
  }

  /** A public contract to the VCS from 2025-04-01. */
  static FundingAward.Builder contract() {
    return FundingAward.builder()
        .arrangement(Arrangement.CONTRACT)
        .awardedBy(Sector.PUBLIC)
        .recipientSector(Sector.VOLUNTARY_COMMUNITY)
        .startsOn(day("2025-04-01"))
        .endsOn(day("2028-03-31"));
  }

  /** Sandwell: a written response within 21 days at stage 2. */
  static StageTimeLimitRule writtenResponse21Days() {
    return StageTimeLimitRule.builder()
        .id("written-response-21-days")
        .modality(Modality.SHOULD)
        .stage(2)
        .period(TimeSpan.of(21, TimeSpanUnit.DAYS))
        .source(Citation.of("Stage 2", "Request a written response within 21 days."))
        .build();
  }

  /** Staffordshire: a quarterly compact meeting. */
  static RecurrenceRule quarterlyMeeting() {
    return RecurrenceRule.builder()
        .id("quarterly-meeting")
        .modality(Modality.WILL)
        .activity("compact-meeting")
        .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
        .source(Citation.of("Governance", "Partners are represented at a quarterly Compact"
            + " meeting ..."))
        .build();
  }

  /** Staffordshire: an annual report. */
  static RecurrenceRule annualReport() {
    return RecurrenceRule.builder()
        .id("annual-report")
        .modality(Modality.WILL)
        .activity("annual-report")
        .period(TimeSpan.of(1, TimeSpanUnit.YEARS))
        .source(Citation.of("Governance", "An annual report is produced ..."))
        .build();
  }
}
