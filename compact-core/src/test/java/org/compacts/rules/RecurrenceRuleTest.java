package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.rules.RuleFixtures.annualReport;
import static org.compacts.rules.RuleFixtures.asOf;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.quarterlyMeeting;

import java.util.Optional;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {
  private final RecurrenceRule quarterly = quarterlyMeeting();
  private final GovernanceRecord year2025 = GovernanceRecord.builder()
      .activity("compact-meeting")
      .periodFrom(day("2025-01-01"))
      .periodTo(day("2025-12-31"))
      .addDates(day("2025-02-10"), day("2025-05-12"))
      .build();

  @Test
  void readsGovernanceRecords() {
    assertThat(quarterly.kind()).isEqualTo("recurrence");
    assertThat(quarterly.eventType()).isEqualTo("governance-record");
  }

  @Test
  void aMeetingInEveryQuarterIsMet() {
    GovernanceRecord all = year2025.withDates(day("2025-03-31"), day("2025-04-01"),
        day("2025-08-04"), day("2025-12-31"));
    Assessment a = quarterly.evaluate(all, asOf("2026-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.MET);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("Each of the 4 windows of 3 months from 2025-01-01 to"
        + " 2025-12-31 holds a compact-meeting.");
  }

  @Test
  void emptyQuartersAreNotMetAndNamed() {
    Assessment a = quarterly.evaluate(year2025, asOf("2026-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.due()).contains(day("2025-09-30"));
    assertThat(a.reason()).isEqualTo("No compact-meeting is recorded in the windows 2025-07-01"
        + " to 2025-09-30 and 2025-10-01 to 2025-12-31 of 3 months from 2025-01-01.");
  }

  @Test
  void onlyWindowsEndedByTheDayOfEvaluationCount() {
    Assessment onQuarterEnd = quarterly.evaluate(year2025, asOf("2025-06-30"));
    assertThat(onQuarterEnd.outcome()).isEqualTo(Outcome.MET);
    assertThat(onQuarterEnd.due()).contains(day("2025-09-30"));
    Assessment dayBefore = quarterly.evaluate(year2025, asOf("2025-06-29"));
    assertThat(dayBefore.reason()).isEqualTo("The window of 3 months from 2025-01-01 to"
        + " 2025-03-31 holds a compact-meeting.");
    assertThat(quarterly.evaluate(year2025, asOf("2025-09-30")).outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(quarterly.evaluate(year2025, asOf("2025-09-29")).outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void beforeTheFirstWindowEndsItIsPending() {
    Assessment a = quarterly.evaluate(year2025.withDates(), asOf("2025-03-30"));
    assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(a.due()).contains(day("2025-03-31"));
    assertThat(a.reason()).isEqualTo("The first window of 3 months of compact-meeting,"
        + " 2025-01-01 to 2025-03-31, has not ended as of 2025-03-30.");
    assertThat(quarterly.evaluate(year2025.withDates(), asOf("2025-03-31")).outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void aRecordShorterThanAWindowStaysPending() {
    GovernanceRecord short1 = year2025.withPeriodTo(day("2025-03-30"));
    Assessment a = quarterly.evaluate(short1, asOf("2026-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("The record from 2025-01-01 to 2025-03-30 holds no whole"
        + " window of 3 months of compact-meeting.");
  }

  @Test
  void aPartWindowAtTheEndOfTheRecordIsNotChecked() {
    GovernanceRecord toNovember = year2025.withPeriodTo(day("2025-11-30"))
        .withDates(day("2025-02-10"), day("2025-05-12"), day("2025-08-04"));
    assertThat(quarterly.evaluate(toNovember, asOf("2026-01-01")))
        .returns(Outcome.MET, Assessment::outcome)
        .returns(Optional.empty(), Assessment::due);
  }

  @Test
  void datesOutsideTheRecordDoNotCount() {
    GovernanceRecord outside = year2025.withDates(day("2024-12-31"), day("2026-01-01"));
    assertThat(quarterly.evaluate(outside, asOf("2025-04-01")).outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void monthlyWindowsFrom31JanuaryClampWithoutDrifting() {
    RecurrenceRule monthly = quarterly.withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS));
    // Windows: 31 Jan - 27 Feb, 28 Feb - 30 Mar, 31 Mar - 29 Apr.
    GovernanceRecord record = year2025.withPeriodFrom(day("2025-01-31"))
        .withPeriodTo(day("2025-04-29"))
        .withDates(day("2025-02-27"), day("2025-03-30"), day("2025-03-31"));
    assertThat(monthly.evaluate(record, asOf("2025-12-31")).outcome()).isEqualTo(Outcome.MET);
    Assessment shifted = monthly.evaluate(record.withDates(day("2025-02-28"),
        day("2025-03-30"), day("2025-03-31")), asOf("2025-12-31"));
    assertThat(shifted.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(shifted.reason()).contains("window 2025-01-31 to 2025-02-27 of");
  }

  @Test
  void yearlyWindowsFrom29FebruaryEndOn27FebruaryOfTheNextYear() {
    RecurrenceRule annual = annualReport();
    GovernanceRecord reports = GovernanceRecord.builder().activity("annual-report")
        .periodFrom(day("2024-02-29")).periodTo(day("2026-02-27"))
        .addDates(day("2025-02-28"), day("2026-01-15")).build();
    Assessment a = annual.evaluate(reports, asOf("2026-03-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.due()).contains(day("2025-02-27"));
    assertThat(a.reason()).isEqualTo("No annual-report is recorded in the window 2024-02-29 to"
        + " 2025-02-27 of 1 year from 2024-02-29.");
  }

  @Test
  void anotherActivityIsNotApplicable() {
    Assessment a = annualReport().evaluate(year2025, asOf("2026-01-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("This record is of compact-meeting, but the rule is about"
        + " annual-report.");
  }

  @Test
  void workingDayWindowsCountOnFromEachStart() {
    RecurrenceRule weekly = quarterly.withPeriod(TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS));
    // From Monday 2025-12-22: 22-30 Dec (25, 26 skipped), then 31 Dec - 7 Jan (1 Jan skipped).
    GovernanceRecord record = year2025.withPeriodFrom(day("2025-12-22"))
        .withPeriodTo(day("2026-01-07")).withDates(day("2025-12-29"));
    Assessment a = weekly.evaluate(record, asOf("2026-01-31"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.reason()).contains("window 2025-12-31 to 2026-01-07 ");
  }
}
