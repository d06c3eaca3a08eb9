package org.compacts.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.compacts.model.Compact;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.compacts.resolution.DisputeException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** Every impossible request is refused with a message naming the problem and the values. */
class DisputeRefusalTest {
  private static final Compact SANDWELL = Procedures.sandwell();
  private static final Compact STAFFORDSHIRE = Procedures.staffordshire();
  private static final LocalDate OPENED = LocalDate.of(2025, 3, 3);

  private static DisputeCase sandwellAtStageTwo() {
    return DisputeCase.open(SANDWELL, OPENED).escalate(LocalDate.of(2025, 3, 10));
  }

  private static DisputeCase sandwellReferred() {
    return sandwellAtStageTwo()
        .escalate(LocalDate.of(2025, 4, 7))
        .escalate(LocalDate.of(2025, 5, 6))
        .escalate(LocalDate.of(2025, 6, 2));
  }

  private static DisputeException refused(Problem problem, ThrowingCallable request) {
    DisputeException e = catchThrowableOfType(DisputeException.class, request);
    assertThat(e).as("a DisputeException").isNotNull();
    assertThat(e.getProblem()).isEqualTo(problem);
    return e;
  }

  @Test
  void aCompactWithoutAResolutionProcedureCannotHaveACase() {
    Compact none = SANDWELL.withResolution(Optional.empty());
    assertThat(refused(Problem.NO_RESOLUTION_PROCEDURE, () -> DisputeCase.open(none, OPENED)))
        .hasMessage("Compact 'sandwell-compact-2019' has no resolution procedure, so no dispute"
            + " case can be opened under it.");
  }

  @Test
  void aProcedureWithoutStagesCannotHaveACase() {
    Compact none = SANDWELL.withResolution(ResolutionProcedure.builder().build());
    assertThat(refused(Problem.NO_STAGES, () -> DisputeCase.open(none, OPENED)))
        .hasMessage("The resolution procedure of compact 'sandwell-compact-2019' has no stages,"
            + " so no dispute case can be opened under it.");
  }

  @Test
  void stagesMustBeNumberedInOrder() {
    ResolutionProcedure procedure = SANDWELL.getResolution().orElseThrow();
    Stage misnumbered = procedure.getStages().get(1).withNumber(3);
    Compact bad = SANDWELL.withResolution(procedure.withStages(
        procedure.getStages().get(0), misnumbered));
    assertThat(refused(Problem.STAGES_MISNUMBERED, () -> DisputeCase.open(bad, OPENED)))
        .hasMessage("The resolution procedure of compact 'sandwell-compact-2019' numbers its"
            + " stage 2 of 2 as 3; stages must be numbered 1..2 in order.");
  }

  @Test
  void aCaseIsOpenedOnlyOnce() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    assertThat(refused(Problem.ALREADY_OPENED,
        () -> open.record(Step.OPENED, LocalDate.of(2025, 3, 4))))
        .hasMessage("Cannot record 'opened' on 2025-03-04: a case is opened once, by"
            + " DisputeCase.open, and this one was opened on 2025-03-03.");
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = "OPENED", mode = Mode.EXCLUDE)
  void nothingCanBeRecordedOnAResolvedCase(Step step) {
    DisputeCase resolved = sandwellAtStageTwo().resolve(LocalDate.of(2025, 3, 20));
    assertThat(refused(Problem.CASE_RESOLVED,
        () -> resolved.record(step, LocalDate.of(2025, 4, 1))))
        .hasMessage("Cannot record '" + step.label() + "' on 2025-04-01: the case under compact"
            + " 'sandwell-compact-2019' was resolved at stage 2 on 2025-03-20.");
  }

  @Test
  void aResolvedCaseCannotBeResolvedAgainEvenOnTheSameDay() {
    DisputeCase resolved = DisputeCase.open(STAFFORDSHIRE, OPENED).resolve(OPENED);
    assertThat(refused(Problem.CASE_RESOLVED, () -> resolved.resolve(OPENED)))
        .hasMessage("Cannot record 'resolved' on 2025-03-03: the case under compact"
            + " 'staffordshire-stoke-compact-2014' was resolved at stage 1 on 2025-03-03.");
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = "OPENED", mode = Mode.EXCLUDE)
  void aStepCannotBeDatedBeforeThePreviousOne(Step step) {
    DisputeCase submitted = sandwellAtStageTwo().submit(LocalDate.of(2025, 3, 12));
    assertThat(refused(Problem.DATE_BEFORE_PREVIOUS_STEP,
        () -> submitted.record(step, LocalDate.of(2025, 3, 11))))
        .hasMessage("Cannot record '" + step.label() + "' on 2025-03-11: it is before the"
            + " previous step, submitted at stage 2 on 2025-03-12.");
  }

  @Test
  void aStepCannotBeDatedBeforeTheOpening() {
    DisputeCase open = DisputeCase.open(STAFFORDSHIRE, OPENED);
    assertThat(refused(Problem.DATE_BEFORE_PREVIOUS_STEP,
        () -> open.escalate(LocalDate.of(2025, 3, 2))))
        .hasMessage("Cannot record 'escalated' on 2025-03-02: it is before the previous step,"
            + " opened at stage 1 on 2025-03-03.");
  }

  @Test
  void aReferredCaseCannotBeEscalatedPastTheLastStage() {
    DisputeCase referred = sandwellReferred();
    assertThat(refused(Problem.PAST_LAST_STAGE, () -> referred.escalate(LocalDate.of(2025, 7, 1))))
        .hasMessage("Cannot record 'escalated' on 2025-07-01: stage 4 is the last stage of"
            + " compact 'sandwell-compact-2019', and the case was already referred to its"
            + " external bodies on 2025-06-02.");
  }

  @Test
  void staffordshireCannotBeEscalatedPastItsThirdStage() {
    DisputeCase referred = DisputeCase.open(STAFFORDSHIRE, OPENED)
        .escalate(OPENED).escalate(OPENED).escalate(OPENED);
    assertThat(referred.getState()).isEqualTo(CaseState.REFERRED);
    assertThat(refused(Problem.PAST_LAST_STAGE, () -> referred.escalate(OPENED)))
        .hasMessage("Cannot record 'escalated' on 2025-03-03: stage 3 is the last stage of"
            + " compact 'staffordshire-stoke-compact-2014', and the case was already referred"
            + " to its external bodies on 2025-03-03.");
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = {"SUBMITTED", "RESPONDED", "MET"})
  void aReferredCaseCanOnlyBeResolved(Step step) {
    DisputeCase referred = sandwellReferred();
    assertThat(refused(Problem.CASE_REFERRED, () -> referred.record(step,
        LocalDate.of(2025, 7, 1))))
        .hasMessage("Cannot record '" + step.label() + "' on 2025-07-01: the case was referred"
            + " to the external bodies after stage 4 on 2025-06-02; only 'resolved' can"
            + " follow.");
    assertThat(referred.resolve(LocalDate.of(2025, 7, 1)).getState())
        .isEqualTo(CaseState.RESOLVED);
  }

  @Test
  void theLastStageCannotBeEscalatedWithoutExternalBodies() {
    ResolutionProcedure procedure = SANDWELL.getResolution().orElseThrow();
    Compact noBodies = SANDWELL.withResolution(procedure.withExternalBodies());
    DisputeCase atLast = DisputeCase.open(noBodies, OPENED)
        .escalate(OPENED).escalate(OPENED).escalate(OPENED);
    assertThat(refused(Problem.NO_EXTERNAL_BODIES, () -> atLast.escalate(OPENED)))
        .hasMessage("Cannot record 'escalated' on 2025-03-03: stage 4 is the last stage of"
            + " compact 'sandwell-compact-2019', and its resolution procedure names no external"
            + " bodies to refer the case to.");
  }

  @Test
  void aResponseNeedsASubmissionAtTheSameStage() {
    DisputeCase atTwo = sandwellAtStageTwo();
    assertThat(refused(Problem.NOT_SUBMITTED, () -> atTwo.respond(LocalDate.of(2025, 3, 12))))
        .hasMessage("Cannot record 'responded' on 2025-03-12: nothing was submitted at stage 2,"
            + " so there is nothing to respond to.");

    DisputeCase atThree = atTwo.submit(LocalDate.of(2025, 3, 10))
        .escalate(LocalDate.of(2025, 4, 7));
    assertThat(refused(Problem.NOT_SUBMITTED, () -> atThree.respond(LocalDate.of(2025, 4, 8))))
        .hasMessage("Cannot record 'responded' on 2025-04-08: nothing was submitted at stage 3,"
            + " so there is nothing to respond to.");
  }

  @Test
  void aStageTakesOneSubmission() {
    DisputeCase submitted = sandwellAtStageTwo().submit(LocalDate.of(2025, 3, 10));
    assertThat(refused(Problem.ALREADY_SUBMITTED,
        () -> submitted.submit(LocalDate.of(2025, 3, 11))))
        .hasMessage("Cannot record 'submitted' on 2025-03-11: a submission was already recorded"
            + " at stage 2 on 2025-03-10.");
  }

  @Test
  void aStageTakesOneResponse() {
    DisputeCase responded = sandwellAtStageTwo().submit(LocalDate.of(2025, 3, 10))
        .respond(LocalDate.of(2025, 3, 20));
    assertThat(refused(Problem.ALREADY_RESPONDED,
        () -> responded.respond(LocalDate.of(2025, 3, 21))))
        .hasMessage("Cannot record 'responded' on 2025-03-21: a response was already recorded"
            + " at stage 2 on 2025-03-20.");
  }

  @Test
  void theStatusCannotBeAskedForBeforeTheOpening() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    assertThat(refused(Problem.BEFORE_OPENING, () -> open.status(LocalDate.of(2025, 3, 2))))
        .hasMessage("Cannot tell where the case stood on 2025-03-02: it was opened on"
            + " 2025-03-03.");
  }

  @Test
  void aRefusedStepLeavesTheCaseAsItWas() {
    DisputeCase before = sandwellAtStageTwo();
    DisputeCase copy = sandwellAtStageTwo();
    refused(Problem.NOT_SUBMITTED, () -> before.respond(LocalDate.of(2025, 3, 12)));
    refused(Problem.DATE_BEFORE_PREVIOUS_STEP, () -> before.submit(OPENED.minusDays(1)));
    assertThat(before).isEqualTo(copy);
    assertThat(before.getHistory()).hasSize(2);
  }

  @Test
  void missingArgumentsAreNamed() {
    DisputeCase open = DisputeCase.open(SANDWELL, OPENED);
    assertThatNullPointerException().isThrownBy(() -> DisputeCase.open(null, OPENED))
        .withMessage("compact");
    assertThatNullPointerException().isThrownBy(() -> DisputeCase.open(SANDWELL, null))
        .withMessage("openedOn");
    assertThatNullPointerException().isThrownBy(() -> open.record(null, OPENED))
        .withMessage("step");
    assertThatNullPointerException().isThrownBy(() -> open.submit(null))
        .withMessage("date");
    assertThatNullPointerException().isThrownBy(() -> open.status(null))
        .withMessage("asOf");
    assertThatNullPointerException().isThrownBy(() -> open.status(OPENED, null))
        .withMessage("calendar");
  }

  @Test
  void aStageNumberStartsAtOne() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> RecordedStep.of(Step.MET, 0, OPENED)))
        .hasMessage("Stage numbers start at 1, but got 0.");
  }
}
