package org.compacts.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.compacts.model.Compact;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.rules.Outcome;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

/** The case as a value: immutability, equality, status as of a day, calendars. */
class DisputeCaseTest {
  private static final Compact SANDWELL = Procedures.sandwell();
  private static final LocalDate OPENED = LocalDate.of(2025, 3, 3);

  @Test
  void eachStepReturnsANewCaseAndLeavesTheOldOneAlone() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    DisputeCase escalated = open.escalate(LocalDate.of(2025, 3, 10));

    assertThat(escalated).isNotSameAs(open).isNotEqualTo(open);
    assertThat(open.getHistory()).containsExactly(RecordedStep.of(Step.OPENED, 1, OPENED));
    assertThat(open.getStage().getNumber()).isEqualTo(1);
    assertThat(escalated.getStage().getNumber()).isEqualTo(2);
    assertThat(escalated.getOpenedOn()).isEqualTo(OPENED);
    assertThat(escalated.getCompact()).isSameAs(SANDWELL);
    assertThat(escalated.getProcedure()).isEqualTo(SANDWELL.getResolution().orElseThrow());
  }

  @Test
  void theHistoryCannotBeChangedFromOutside() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    assertThatThrownBy(() -> open.getHistory().add(RecordedStep.of(Step.MET, 1, OPENED)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> open.status(OPENED).getHistory().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordingAStepEqualsCallingItsVerb() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    LocalDate day = LocalDate.of(2025, 3, 4);
    DisputeCase viaVerbs = open.meet(day).escalate(day).submit(day).respond(day).resolve(day);
    DisputeCase viaRecord = open.record(Step.MET, day).record(Step.ESCALATED, day)
        .record(Step.SUBMITTED, day).record(Step.RESPONDED, day).record(Step.RESOLVED, day);

    assertThat(viaVerbs).isEqualTo(viaRecord).hasSameHashCodeAs(viaRecord);
    assertThat(viaVerbs.getHistory()).extracting(RecordedStep::getStep).containsExactly(
        Step.OPENED, Step.MET, Step.ESCALATED, Step.SUBMITTED, Step.RESPONDED, Step.RESOLVED);
    assertThat(viaVerbs.getHistory()).extracting(RecordedStep::getStage)
        .containsExactly(1, 1, 1, 2, 2, 2);
    assertThat(viaVerbs).hasToString(
        "DisputeCase[sandwell-compact-2019, resolved at stage 2 of 4, opened 2025-03-03,"
            + " 6 steps]");
  }

  @Test
  void casesUnderDifferentCompactsDiffer() {
    assertThat(DisputeCase.open(SANDWELL, OPENED))
        .isEqualTo(DisputeCase.open(Procedures.sandwell(), OPENED))
        .isNotEqualTo(DisputeCase.open(Procedures.staffordshire(), OPENED))
        .isNotEqualTo(DisputeCase.open(SANDWELL, OPENED.plusDays(1)));
  }

  @Test
  void aStatusCountsOnlyTheStepsOnOrBeforeItsDay() {
    DisputeCase dispute = DisputeCase.open(SANDWELL, OPENED)
        .escalate(LocalDate.of(2025, 3, 10))
        .submit(LocalDate.of(2025, 3, 10))
        .respond(LocalDate.of(2025, 3, 28))
        .escalate(LocalDate.of(2025, 4, 7));

    DisputeStatus before = dispute.status(LocalDate.of(2025, 3, 9));
    assertThat(before.getStageNumber()).isEqualTo(1);
    assertThat(before.getHistory()).hasSize(1);
    assertThat(before.getDeadlines()).isEmpty();

    DisputeStatus waiting = dispute.status(LocalDate.of(2025, 3, 27));
    assertThat(waiting.getStageNumber()).isEqualTo(2);
    assertThat(waiting.getDue().orElseThrow().getOutcome()).isEqualTo(Outcome.PENDING);

    DisputeStatus answered = dispute.status(LocalDate.of(2025, 3, 28));
    assertThat(answered.getStageNumber()).isEqualTo(2);
    assertThat(answered.getDue()).isEmpty();
    assertThat(answered.getDeadlines()).singleElement()
        .satisfies(d -> assertThat(d.getOutcome()).isEqualTo(Outcome.MET));

    assertThat(dispute.status(LocalDate.of(2025, 4, 7)).getStageNumber()).isEqualTo(3);
    assertThat(dispute.status(LocalDate.of(2025, 4, 7)))
        .isEqualTo(dispute.status(LocalDate.of(2025, 4, 7)))
        .isNotEqualTo(dispute.status(LocalDate.of(2025, 4, 8)));
  }

  @Test
  void workingDayLimitsSkipTheHolidaysOfTheGivenCalendar() {
    ResolutionProcedure procedure = SANDWELL.getResolution().orElseThrow();
    Stage two = procedure.getStages().get(1)
        .withTimeLimit(TimeSpan.of(15, TimeSpanUnit.WORKING_DAYS));
    Compact compact = SANDWELL.withResolution(procedure.withStages(
        procedure.getStages().get(0), two, procedure.getStages().get(2),
        procedure.getStages().get(3)));
    // Stage 2 starts on Monday 14 April 2025, the week before Easter.
    DisputeCase dispute = DisputeCase.open(compact, OPENED)
        .escalate(LocalDate.of(2025, 4, 14)).submit(LocalDate.of(2025, 4, 14));
    LocalDate asOf = LocalDate.of(2025, 4, 15);

    assertThat(dispute.status(asOf).getDue().orElseThrow().getDueOn())
        .isEqualTo(LocalDate.of(2025, 5, 8));   // skips Easter and the early May bank holiday
    assertThat(dispute.status(asOf, HolidayCalendar.weekendsOnly()).getDue().orElseThrow()
        .getDueOn()).isEqualTo(LocalDate.of(2025, 5, 5));
    HolidayCalendar local = HolidayCalendar.of("Local", 2025, 2025,
        Map.of(LocalDate.of(2025, 4, 22), "Local holiday"));
    assertThat(dispute.status(asOf, local).getDue().orElseThrow().getDueOn())
        .isEqualTo(LocalDate.of(2025, 5, 6));
  }

  @Test
  void aWorkingDayLimitBeyondTheCalendarIsAnErrorNotAGuess() {
    ResolutionProcedure procedure = SANDWELL.getResolution().orElseThrow();
    Stage one = procedure.getStages().get(0)
        .withTimeLimit(TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS));
    Compact compact = SANDWELL.withResolution(procedure.withStages(one,
        procedure.getStages().get(1), procedure.getStages().get(2),
        procedure.getStages().get(3)));
    DisputeCase dispute = DisputeCase.open(compact, LocalDate.of(2030, 12, 27));

    assertThatThrownBy(() -> dispute.status(LocalDate.of(2030, 12, 30)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2031-01-01");
  }

  @Test
  void aLimitCountsFromTheDayItsStageStartsNotFromTheSubmission() {
    DisputeCase dispute = DisputeCase.open(SANDWELL, OPENED)
        .escalate(LocalDate.of(2025, 3, 10))
        .submit(LocalDate.of(2025, 3, 14));
    Deadline due = dispute.status(LocalDate.of(2025, 3, 14)).getDue().orElseThrow();
    assertThat(due.getStartedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(due.getDueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void aMonthLimitClampsToTheEndOfTheMonth() {
    ResolutionProcedure procedure = SANDWELL.getResolution().orElseThrow();
    Stage two = procedure.getStages().get(1).withTimeLimit(TimeSpan.of(1, TimeSpanUnit.MONTHS));
    Compact compact = SANDWELL.withResolution(procedure.withStages(
        procedure.getStages().get(0), two, procedure.getStages().get(2),
        procedure.getStages().get(3)));
    DisputeCase dispute = DisputeCase.open(compact, LocalDate.of(2024, 1, 2))
        .escalate(LocalDate.of(2024, 1, 31));

    assertThat(dispute.status(LocalDate.of(2024, 2, 29)).getDue().orElseThrow().getDueOn())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(dispute.status(LocalDate.of(2024, 2, 29)).isOverdue()).isFalse();
    assertThat(dispute.status(LocalDate.of(2024, 3, 1)).isOverdue()).isTrue();
  }
}
