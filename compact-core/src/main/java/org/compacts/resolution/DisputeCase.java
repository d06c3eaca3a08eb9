package org.compacts.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.compacts.model.Compact;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.rules.DisputeStep;
import org.compacts.time.HolidayCalendar;

/**
 * A dispute run through a compact's resolution procedure: an immutable value holding the
 * compact and the history of what happened, on which day, at which stage. Each step returns a
 * new case; an impossible step throws a {@link DisputeException} naming the problem.
 *
 * <pre>{@code
 * DisputeCase dispute = DisputeCase.open(sandwell, LocalDate.of(2025, 3, 3))   // stage 1
 *     .meet(LocalDate.of(2025, 3, 5))
 *     .escalate(LocalDate.of(2025, 3, 10))                                     // stage 2
 *     .submit(LocalDate.of(2025, 3, 10));
 * DisputeStatus status = dispute.status(LocalDate.of(2025, 3, 31));
 * status.getDue().orElseThrow().getDueOn();   // 2025-03-31, 21 days after 2025-03-10
 * status.isOverdue();                         // false: the due day is not overdue
 * dispute.status(LocalDate.of(2025, 4, 1)).isOverdue();   // true
 * }</pre>
 *
 * <p>The rules of the steps:
 * <ul>
 *   <li>steps are recorded in date order (several on one day are fine);</li>
 *   <li>a response needs a submission at the same stage; a stage takes one submission and one
 *       response, and any number of meetings;</li>
 *   <li>escalating moves the case to the next stage, which starts that day; escalating from
 *       the last stage refers the case to the procedure's external bodies, after which only a
 *       resolution can be recorded;</li>
 *   <li>nothing can be recorded once the case is resolved.</li>
 * </ul>
 * A stage's time limit counts from the day the stage started; the stage is completed by its
 * first response, meeting, escalation or resolution (see {@link Deadline}).
 */
public final class DisputeCase {
  private final Compact compact;
  private final List<RecordedStep> history;
  private final Progress progress;

  private DisputeCase(Compact compact, List<RecordedStep> history) {
    this.compact = compact;
    this.history = List.copyOf(history);
    this.progress = Progress.replay(compact.getId(), procedure(compact), this.history);
  }

  /**
   * Opens a case at stage 1 of a compact's resolution procedure.
   *
   * @param compact the compact whose procedure the case runs under
   * @param openedOn the day the case is opened, which is the day stage 1 starts
   * @return the case, open at stage 1
   * @throws DisputeException if the compact has no resolution procedure, the procedure has no
   *     stages, or its stages are not numbered 1..n in order
   */
  public static DisputeCase open(Compact compact, LocalDate openedOn) {
    Objects.requireNonNull(compact, "compact");
    Objects.requireNonNull(openedOn, "openedOn");
    ResolutionProcedure procedure = compact.getResolution().orElseThrow(() ->
        new DisputeException(DisputeException.Problem.NO_RESOLUTION_PROCEDURE, "Compact '"
            + compact.getId() + "' has no resolution procedure, so no dispute case can be"
            + " opened under it."));
    List<Stage> stages = procedure.getStages();
    if (stages.isEmpty()) {
      throw new DisputeException(DisputeException.Problem.NO_STAGES, "The resolution procedure"
          + " of compact '" + compact.getId() + "' has no stages, so no dispute case can be"
          + " opened under it.");
    }
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).getNumber() != i + 1) {
        throw new DisputeException(DisputeException.Problem.STAGES_MISNUMBERED, "The resolution"
            + " procedure of compact '" + compact.getId() + "' numbers its stage " + (i + 1)
            + " of " + stages.size() + " as " + stages.get(i).getNumber() + "; stages must be"
            + " numbered 1.." + stages.size() + " in order.");
      }
    }
    return new DisputeCase(compact, List.of(RecordedStep.of(Step.OPENED, 1, openedOn)));
  }

  /**
   * Records that something happened on a day, at the case's current stage.
   *
   * @param step what happened
   * @param date the day it happened, not before the previous step
   * @return a new case with the step added to its history
   * @throws DisputeException if the case cannot take that step on that day
   */
  public DisputeCase record(Step step, LocalDate date) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(date, "date");
    progress.check(step, date);
    List<RecordedStep> next = new ArrayList<>(history);
    next.add(RecordedStep.of(step, progress.current().stage.getNumber(), date));
    return new DisputeCase(compact, next);
  }

  /**
   * Records a written enquiry, complaint or statement submitted at the current stage.
   *
   * @param date the day it was submitted
   * @return a new case
   * @throws DisputeException if the case cannot take the step
   */
  public DisputeCase submit(LocalDate date) {
    return record(Step.SUBMITTED, date);
  }

  /**
   * Records the response to the current stage's submission.
   *
   * @param date the day the response was given
   * @return a new case
   * @throws DisputeException if the case cannot take the step
   */
  public DisputeCase respond(LocalDate date) {
    return record(Step.RESPONDED, date);
  }

  /**
   * Records a meeting about the issue at the current stage.
   *
   * @param date the day of the meeting
   * @return a new case
   * @throws DisputeException if the case cannot take the step
   */
  public DisputeCase meet(LocalDate date) {
    return record(Step.MET, date);
  }

  /**
   * Records that the current stage did not resolve the issue: the case moves to the next stage,
   * or, from the last stage, is referred to the procedure's external bodies.
   *
   * @param date the day of the escalation, which is the day the next stage starts
   * @return a new case
   * @throws DisputeException if the case was already referred, or the last stage is escalated
   *     and the procedure names no external bodies
   */
  public DisputeCase escalate(LocalDate date) {
    return record(Step.ESCALATED, date);
  }

  /**
   * Records that the issue was resolved.
   *
   * @param date the day it was resolved
   * @return a new case, on which nothing more can be recorded
   * @throws DisputeException if the case cannot take the step
   */
  public DisputeCase resolve(LocalDate date) {
    return record(Step.RESOLVED, date);
  }

  /**
   * Tells where the case stands as of a day, counting working days in England and Wales.
   *
   * @param asOf the day to ask about; steps recorded after it are not counted
   * @return the status
   * @throws DisputeException if the day is before the case was opened
   * @throws java.time.DateTimeException if a working-day limit reaches beyond the calendar
   */
  public DisputeStatus status(LocalDate asOf) {
    return status(asOf, HolidayCalendar.englandAndWales());
  }

  /**
   * Tells where the case stands as of a day.
   *
   * @param asOf the day to ask about; steps recorded after it are not counted
   * @param calendar the holidays that working-day time limits skip
   * @return the status
   * @throws DisputeException if the day is before the case was opened
   * @throws java.time.DateTimeException if a working-day limit reaches beyond the calendar
   */
  public DisputeStatus status(LocalDate asOf, HolidayCalendar calendar) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calendar, "calendar");
    if (asOf.isBefore(getOpenedOn())) {
      throw new DisputeException(DisputeException.Problem.BEFORE_OPENING, "Cannot tell where"
          + " the case stood on " + asOf + ": it was opened on " + getOpenedOn() + ".");
    }
    int count = 0;
    while (count < history.size() && !history.get(count).getDate().isAfter(asOf)) {
      count++;
    }
    Progress then = count == history.size() ? progress
        : Progress.replay(compact.getId(), procedure(compact), history.subList(0, count));
    return DisputeStatus.of(asOf, then, calendar);
  }

  /**
   * Returns one {@code dispute-step} event per stage the case has been at, for checking the
   * compact's {@code stage-time-limit} rules: when the stage started and, if it was, when it
   * was completed.
   *
   * @return the events, in stage order
   */
  public List<DisputeStep> toDisputeSteps() {
    List<DisputeStep> steps = new ArrayList<>();
    for (Progress.Visit visit : progress.visits()) {
      steps.add(DisputeStep.builder()
          .stage(visit.stage.getNumber())
          .startedOn(visit.startedOn)
          .completedOn(Optional.ofNullable(visit.completedOn))
          .build());
    }
    return List.copyOf(steps);
  }

  /** The compact whose procedure the case runs under. */
  public Compact getCompact() {
    return compact;
  }

  /** The resolution procedure the case runs through. */
  public ResolutionProcedure getProcedure() {
    return procedure(compact);
  }

  /** The day the case was opened. */
  public LocalDate getOpenedOn() {
    return history.get(0).getDate();
  }

  /** Everything recorded, oldest first, starting with the opening. */
  public List<RecordedStep> getHistory() {
    return history;
  }

  /** Whether the case is open, referred to the external bodies, or resolved. */
  public CaseState getState() {
    return progress.state();
  }

  /** The current stage (after a referral, the last stage). */
  public Stage getStage() {
    return progress.current().stage;
  }

  private static ResolutionProcedure procedure(Compact compact) {
    return compact.getResolution().orElseThrow();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DisputeCase)) {
      return false;
    }
    DisputeCase that = (DisputeCase) other;
    return history.equals(that.history) && compact.equals(that.compact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compact.getId(), history);
  }

  @Override
  public String toString() {
    return "DisputeCase[" + compact.getId() + ", " + getState().name().toLowerCase(Locale.ROOT)
        + " at stage " + getStage().getNumber() + " of " + getProcedure().getStages().size()
        + ", opened " + getOpenedOn() + ", " + history.size() + " steps]";
  }
}
