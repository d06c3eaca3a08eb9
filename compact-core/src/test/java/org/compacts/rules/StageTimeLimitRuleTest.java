package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.rules.RuleFixtures.asOf;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.writtenResponse21Days;

import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class StageTimeLimitRuleTest {
  private final StageTimeLimitRule rule = writtenResponse21Days();
  private final DisputeStep stage2 =
      DisputeStep.builder().stage(2).startedOn(day("2025-03-01")).build();

  @Test
  void readsDisputeSteps() {
    assertThat(rule.kind()).isEqualTo("stage-time-limit");
    assertThat(rule.eventType()).isEqualTo("dispute-step");
  }

  @Test
  void completionOnTheDueDateIsMet() {
    Assessment a = rule.evaluate(stage2.withCompletedOn(day("2025-03-22")), asOf("2025-04-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.MET);
    assertThat(a.due()).contains(day("2025-03-22"));
    assertThat(a.reason()).isEqualTo("Stage 2 started on 2025-03-01 and was completed on"
        + " 2025-03-22, on or before 2025-03-22, 21 days after it started.");
  }

  @Test
  void completionADayLateIsNotMet() {
    Assessment a = rule.evaluate(stage2.withCompletedOn(day("2025-03-23")), asOf("2025-03-01"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.due()).contains(day("2025-03-22"));
    assertThat(a.reason()).contains("completed on 2025-03-23, after 2025-03-22");
  }

  @Test
  void anOpenStageIsPendingUpToAndIncludingTheDueDate() {
    Assessment a = rule.evaluate(stage2, asOf("2025-03-22"));
    assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(a.due()).contains(day("2025-03-22"));
    assertThat(a.reason()).isEqualTo("Stage 2 started on 2025-03-01 and is not completed as of"
        + " 2025-03-22; it is due by 2025-03-22, 21 days after it started.");
    assertThat(rule.evaluate(stage2, asOf("2025-03-01")).outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void anOpenStageIsNotMetTheDayAfterTheDueDate() {
    Assessment a = rule.evaluate(stage2, asOf("2025-03-23"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(a.reason()).contains("as of 2025-03-23, after it was due on 2025-03-22");
  }

  @Test
  void anotherStageIsNotApplicable() {
    Assessment a = rule.evaluate(stage2.withStage(3), asOf("2025-03-23"));
    assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(a.due()).isEmpty();
    assertThat(a.reason()).isEqualTo("This step is at stage 3, but the rule limits stage 2.");
  }

  @Test
  void sixWeeksFromAMondayEndOnAMonday() {
    StageTimeLimitRule sixWeeks = rule.withStage(2).withPeriod(TimeSpan.of(6, TimeSpanUnit.WEEKS));
    DisputeStep step = stage2.withStartedOn(day("2025-01-13"));
    assertThat(sixWeeks.evaluate(step, asOf("2025-02-24")))
        .returns(Outcome.PENDING, Assessment::outcome)
        .returns(java.util.Optional.of(day("2025-02-24")), Assessment::due);
    assertThat(sixWeeks.evaluate(step, asOf("2025-02-25")).outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void aStageStartedOn8FebruaryInALeapYearIsDueOn29February() {
    DisputeStep leap = stage2.withStartedOn(day("2024-02-08"));
    assertThat(rule.evaluate(leap, asOf("2024-02-29")).due()).contains(day("2024-02-29"));
    assertThat(rule.evaluate(leap.withCompletedOn(day("2024-02-29")), asOf("2024-03-01"))
        .outcome()).isEqualTo(Outcome.MET);
    assertThat(rule.evaluate(leap.withCompletedOn(day("2024-03-01")), asOf("2024-03-01"))
        .outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void workingDaysOverChristmasSkipTheBankHolidays() {
    StageTimeLimitRule fiveWorkingDays = rule.withPeriod(TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS));
    // From Tuesday 2025-12-23: 24, 29, 30, 31 December and 2 January.
    assertThat(fiveWorkingDays.evaluate(stage2.withStartedOn(day("2025-12-23")),
        asOf("2025-12-23")).due()).contains(day("2026-01-02"));
  }
}
