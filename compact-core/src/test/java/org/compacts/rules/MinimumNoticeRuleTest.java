package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.rules.RuleFixtures.asOf;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.grantCessation;
import static org.compacts.rules.RuleFixtures.threeMonthsNotice;

import java.time.LocalDate;
import org.compacts.model.Sector;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class MinimumNoticeRuleTest {
  private final MinimumNoticeRule rule = threeMonthsNotice();

  @Test
  void readsFundingChanges() {
    assertThat(rule.kind()).isEqualTo("minimum-notice");
    assertThat(rule.eventType()).isEqualTo("funding-change");
  }

  @Test
  void noticeOnTheDeadlineIsMet() {
    Assessment a = rule.evaluate(grantCessation().noticeGivenOn(day("2024-12-31")).build(),
        asOf("2025-06-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.MET);
    assertThat(a.due()).contains(day("2024-12-31"));
    assertThat(a.reason()).isEqualTo("Notice was given on 2024-12-31, on or before 2024-12-31,"
        + " 3 months before the cessation takes effect on 2025-03-31.");
  }

  @Test
  void noticeADayAfterTheDeadlineIsNotMet() {
    Assessment a = rule.evaluate(grantCessation().noticeGivenOn(day("2025-01-01")).build(),
        asOf("2024-06-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.due()).contains(day("2024-12-31"));
    assertThat(a.reason()).contains("2025-01-01", "after 2024-12-31", "2025-03-31");
  }

  @Test
  void noticeLongBeforeTheDeadlineIsMet() {
    assertThat(rule.evaluate(grantCessation().noticeGivenOn(day("2024-01-02")).build(),
        asOf("2025-01-01")).outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void withoutNoticeItIsPendingUpToAndIncludingTheDeadline() {
    FundingChange noNotice = grantCessation().build();
    Assessment onDeadline = rule.evaluate(noNotice, asOf("2024-12-31"));
    assertThat(onDeadline.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(onDeadline.due()).contains(day("2024-12-31"));
    assertThat(onDeadline.reason()).isEqualTo("No notice has been given as of 2024-12-31; it is"
        + " due by 2024-12-31, 3 months before the cessation takes effect on 2025-03-31.");
    assertThat(rule.evaluate(noNotice, asOf("2024-10-01")).outcome())
        .isEqualTo(Outcome.PENDING);
  }

  @Test
  void withoutNoticeItIsNotMetTheDayAfterTheDeadline() {
    Assessment a = rule.evaluate(grantCessation().build(), asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.due()).contains(day("2024-12-31"));
    assertThat(a.reason()).contains("as of 2025-01-01", "due on 2024-12-31");
  }

  @Test
  void threeMonthsBefore31MayIs28FebruaryInACommonYear() {
    FundingChange change = grantCessation().takesEffectOn(day("2025-05-31")).build();
    assertThat(rule.evaluate(change.withNoticeGivenOn(day("2025-02-28")), asOf("2025-01-01")))
        .returns(Outcome.MET, Assessment::outcome)
        .extracting(Assessment::due).isEqualTo(java.util.Optional.of(day("2025-02-28")));
    assertThat(rule.evaluate(change.withNoticeGivenOn(day("2025-03-01")), asOf("2025-01-01"))
        .outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void threeMonthsBefore31MayIs29FebruaryInALeapYear() {
    FundingChange change = grantCessation().takesEffectOn(day("2024-05-31")).build();
    assertThat(rule.evaluate(change.withNoticeGivenOn(day("2024-02-29")), asOf("2024-01-01"))
        .outcome()).isEqualTo(Outcome.MET);
    assertThat(rule.evaluate(change.withNoticeGivenOn(day("2024-03-01")), asOf("2024-01-01"))
        .outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(rule.evaluate(change, asOf("2024-02-29")).outcome()).isEqualTo(Outcome.PENDING);
    assertThat(rule.evaluate(change, asOf("2024-03-01")).outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void aCessationOnOrAfterTheAgreedEndDateIsExempt() {
    FundingChange onEnd = grantCessation().agreedEndDate(day("2025-03-31")).build();
    Assessment a = rule.evaluate(onEnd, asOf("2025-03-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("The cessation takes effect on 2025-03-31, on or after the"
        + " agreed end date 2025-03-31, so the agreed-end-date exemption holds.");
    assertThat(rule.evaluate(onEnd.withAgreedEndDate(day("2025-03-30")), asOf("2025-03-01"))
        .outcome()).isEqualTo(Outcome.EXEMPT);
  }

  @Test
  void aCessationBeforeTheAgreedEndDateNeedsNotice() {
    FundingChange early = grantCessation().agreedEndDate(day("2025-04-01")).build();
    assertThat(rule.evaluate(early, asOf("2025-03-01")).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(rule.evaluate(early.withNoticeGivenOn(day("2024-12-31")), asOf("2025-03-01"))
        .outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void theExemptionCoversOnlyCessations() {
    FundingChange review = grantCessation().change(ChangeKind.REVIEW)
        .agreedEndDate(day("2025-03-31")).build();
    assertThat(rule.evaluate(review, asOf("2025-03-01")).outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void withoutTheExemptionAnAgreedEndDateChangesNothing() {
    MinimumNoticeRule strict = rule.withExemptions();
    FundingChange onEnd = grantCessation().agreedEndDate(day("2025-03-31")).build();
    assertThat(strict.evaluate(onEnd, asOf("2024-12-31")).outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void aChangeTheRuleDoesNotCoverIsNotApplicable() {
    MinimumNoticeRule endingsOnly = rule.withChanges(ChangeKind.CESSATION);
    Assessment a = endingsOnly.evaluate(grantCessation().change(ChangeKind.REVIEW).build(),
        asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("This funding change is a review, which the rule does not"
        + " cover (it covers cessation).");
  }

  @Test
  void anArrangementTheRuleDoesNotCoverIsNotApplicable() {
    MinimumNoticeRule grantsAndContracts =
        rule.withArrangements(Arrangement.CONTRACT, Arrangement.GRANT);
    Assessment a = grantsAndContracts.evaluate(
        grantCessation().arrangement(Arrangement.SUPPORT).build(), asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.reason()).contains("support", "contract or grant");
  }

  @Test
  void aChangeDecidedByAnotherSectorIsNotApplicable() {
    Assessment a = rule.evaluate(grantCessation().decidedBy(Sector.VOLUNTARY_COMMUNITY).build(),
        asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.reason()).contains("decided by the voluntary-community sector");
  }

  @Test
  void aChangeThatDoesNotAffectTheReceivingSectorIsNotApplicable() {
    Assessment a = rule.evaluate(grantCessation().affects(java.util.Set.of(Sector.PRIVATE))
        .build(), asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(rule.evaluate(grantCessation().addAffects(Sector.PRIVATE).build(),
        asOf("2024-12-01")).outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void aChangeThatAffectsNoSectorIsNotApplicable() {
    Assessment a = rule.evaluate(grantCessation().affects(java.util.Set.of()).build(),
        asOf("2025-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.reason()).isEqualTo("This funding change does not affect the"
        + " voluntary-community sector, to which the rule gives notice.");
  }

  @Test
  void notApplicableComesBeforeTheExemption() {
    FundingChange other = grantCessation().decidedBy(Sector.PRIVATE)
        .agreedEndDate(day("2025-03-31")).build();
    assertThat(rule.evaluate(other, asOf("2025-01-01")).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void workingDaysOfNoticeSkipWeekendsAndTheCalendarsHolidays() {
    MinimumNoticeRule tenWorkingDays = rule.withPeriod(TimeSpan.of(10, TimeSpanUnit.WORKING_DAYS));
    // Ten working days before Friday 2026-01-09, skipping 25, 26 Dec and 1 Jan: 2025-12-23.
    FundingChange change = grantCessation().takesEffectOn(day("2026-01-09")).build();
    assertThat(tenWorkingDays.evaluate(change, asOf("2025-12-01")).due())
        .contains(day("2025-12-23"));
    assertThat(tenWorkingDays.evaluate(change,
        RuleContext.of(day("2025-12-01"), HolidayCalendar.weekendsOnly())).due())
        .contains(day("2025-12-26"));
    assertThat(tenWorkingDays.evaluate(change.withNoticeGivenOn(day("2025-12-23")),
        asOf("2025-12-01")).outcome()).isEqualTo(Outcome.MET);
    assertThat(tenWorkingDays.evaluate(change.withNoticeGivenOn(day("2025-12-24")),
        asOf("2025-12-01")).outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void theReasonWritesDatesAsIsoEvenOutsideFourDigitYears() {
    FundingChange far = grantCessation().takesEffectOn(LocalDate.of(10000, 3, 31))
        .noticeGivenOn(LocalDate.of(999, 1, 1)).build();
    assertThat(rule.evaluate(far, asOf("2025-01-01")).reason())
        .contains("0999-01-01", "+10000-03-31");
  }
}
