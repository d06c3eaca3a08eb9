package org.compacts.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.compacts.model.ExternalBody;
import org.compacts.model.Stage;
import org.compacts.time.HolidayCalendar;

/**
 * Where a dispute case stands as of a day, counting only the steps recorded on or before it:
 * the current stage, what the procedure says to do there and who can help, what is due by
 * when and whether it is overdue.
 *
 * <pre>{@code
 * DisputeStatus s = dispute.status(LocalDate.of(2025, 4, 1));
 * s.getStageNumber();      // 2
 * s.getActions();          // [Submit a written enquiry or complaint., ...]
 * s.getThirdParties();     // [SCVO, the Council's Voluntary Sector policy officer]
 * s.getDue();              // stage 2: 21 days from 2025-03-10, due 2025-03-31, overdue (not-met)
 * s.getExternalBodies();   // empty until the last stage
 * }</pre>
 *
 * <p>After the case is escalated from the last stage it is {@link CaseState#REFERRED referred}:
 * the current stage stays the last one and {@link #getExternalBodies()} lists the procedure's
 * external bodies with their contact details.
 */
public final class DisputeStatus {
  private final LocalDate asOf;
  private final String compactId;
  private final CaseState state;
  private final Stage stage;
  private final LocalDate stageStartedOn;
  private final boolean lastStage;
  private final List<ExternalBody> externalBodies;
  private final LocalDate referredOn;
  private final LocalDate resolvedOn;
  private final List<Deadline> deadlines;
  private final Deadline due;
  private final List<RecordedStep> history;

  private DisputeStatus(LocalDate asOf, Progress progress, HolidayCalendar calendar) {
    this.asOf = asOf;
    this.compactId = progress.compactId();
    this.state = progress.state();
    Progress.Visit current = progress.current();
    this.stage = current.stage;
    this.stageStartedOn = current.startedOn;
    this.lastStage = progress.isAtLastStage();
    this.externalBodies = lastStage ? progress.procedure().getExternalBodies() : List.of();
    this.referredOn = progress.referredOn();
    this.resolvedOn = progress.resolvedOn();
    List<Deadline> all = new ArrayList<>();
    for (Progress.Visit visit : progress.visits()) {
      Deadline.of(visit, asOf, calendar).ifPresent(all::add);
    }
    this.deadlines = List.copyOf(all);
    this.due = state == CaseState.OPEN && current.completedOn == null
        ? Deadline.of(current, asOf, calendar).orElse(null) : null;
    this.history = List.copyOf(progress.steps());
  }

  static DisputeStatus of(LocalDate asOf, Progress progress, HolidayCalendar calendar) {
    return new DisputeStatus(asOf, progress, calendar);
  }

  /** The day this status is for. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** The id of the compact whose procedure the case runs under. */
  public String getCompactId() {
    return compactId;
  }

  /** Whether the case is open, referred to the external bodies, or resolved. */
  public CaseState getState() {
    return state;
  }

  /** The current stage; for a referred case the last stage, for a resolved one the stage at
   * which it was resolved. */
  public Stage getStage() {
    return stage;
  }

  /** The current stage's number. */
  public int getStageNumber() {
    return stage.getNumber();
  }

  /** The current stage's name, where the procedure gives one. */
  public Optional<String> getStageName() {
    return stage.getName();
  }

  /** What the procedure says to do at the current stage, verbatim. */
  public List<String> getActions() {
    return stage.getActions();
  }

  /** Who can help at the current stage, as printed. */
  public List<String> getThirdParties() {
    return stage.getThirdParties();
  }

  /** What the procedure says to do if the current stage does not resolve the issue. */
  public Optional<String> getEscalation() {
    return stage.getEscalation();
  }

  /** The day the case reached the current stage. */
  public LocalDate getStageStartedOn() {
    return stageStartedOn;
  }

  /** Whether the current stage is the procedure's last. */
  public boolean isLastStage() {
    return lastStage;
  }

  /** The procedure's external bodies, with their contact details, once the case is at the last
   * stage or referred; empty before. */
  public List<ExternalBody> getExternalBodies() {
    return externalBodies;
  }

  /** The day the case was referred to the external bodies, if it was. */
  public Optional<LocalDate> getReferredOn() {
    return Optional.ofNullable(referredOn);
  }

  /** The day the case was resolved, if it was. */
  public Optional<LocalDate> getResolvedOn() {
    return Optional.ofNullable(resolvedOn);
  }

  /** The time limit of the current stage while the stage is open and not completed. */
  public Optional<Deadline> getDue() {
    return Optional.ofNullable(due);
  }

  /** The current stage's time limit when it is not completed and its due day has passed. */
  public Optional<Deadline> getOverdue() {
    return getDue().filter(Deadline::isOverdue);
  }

  /** Whether something is overdue. */
  public boolean isOverdue() {
    return getOverdue().isPresent();
  }

  /** The time limits of every stage the case has been at, in stage order, as of the day. */
  public List<Deadline> getDeadlines() {
    return deadlines;
  }

  /** The steps recorded on or before the day, oldest first, starting with the opening. */
  public List<RecordedStep> getHistory() {
    return history;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DisputeStatus)) {
      return false;
    }
    DisputeStatus that = (DisputeStatus) other;
    return asOf.equals(that.asOf) && compactId.equals(that.compactId) && state == that.state
        && stage.equals(that.stage) && stageStartedOn.equals(that.stageStartedOn)
        && lastStage == that.lastStage && externalBodies.equals(that.externalBodies)
        && Objects.equals(referredOn, that.referredOn)
        && Objects.equals(resolvedOn, that.resolvedOn) && deadlines.equals(that.deadlines)
        && Objects.equals(due, that.due) && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, compactId, state, stage, stageStartedOn, history);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DisputeStatus[").append(compactId).append(" as of ")
        .append(asOf).append(": ").append(state.name().toLowerCase(Locale.ROOT))
        .append(" at stage ").append(stage.getNumber());
    if (referredOn != null) {
      text.append(", referred on ").append(referredOn);
    }
    if (resolvedOn != null) {
      text.append(", resolved on ").append(resolvedOn);
    }
    if (due != null) {
      text.append(", due ").append(due.getDueOn()).append(due.isOverdue() ? " (overdue)" : "");
    }
    return text.append(']').toString();
  }
}
