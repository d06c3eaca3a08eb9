package org.compacts.resolution;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.compacts.model.Citation;
import org.compacts.rules.Outcome;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;

/**
 * A stage's time limit in a dispute case, as of a day: due on the day the stage started plus
 * the stage's {@link TimeSpan}; {@link Outcome#MET met} when the stage was completed on or
 * before that day, {@link Outcome#NOT_MET not-met} when later, and, while the stage is not
 * completed, {@link Outcome#PENDING pending} up to and including the due day and
 * {@link #isOverdue() overdue} from the next day. These are the semantics of the
 * {@code stage-time-limit} rule.
 *
 * <pre>{@code
 * Deadline d = dispute.status(LocalDate.of(2025, 4, 1)).getDue().orElseThrow();
 * d.getDueOn();      // 2025-03-31: 21 days after stage 2 started on 2025-03-10
 * d.isOverdue();     // true
 * }</pre>
 */
public final class Deadline {
  private final int stage;
  private final TimeSpan limit;
  private final LocalDate startedOn;
  private final LocalDate dueOn;
  private final LocalDate completedOn;
  private final Outcome outcome;
  private final Citation source;

  private Deadline(int stage, TimeSpan limit, LocalDate startedOn, LocalDate dueOn,
      LocalDate completedOn, Outcome outcome, Citation source) {
    this.stage = stage;
    this.limit = limit;
    this.startedOn = startedOn;
    this.dueOn = dueOn;
    this.completedOn = completedOn;
    this.outcome = outcome;
    this.source = source;
  }

  /** The deadline of a visited stage as of a day, or empty when the stage has no limit. */
  static Optional<Deadline> of(Progress.Visit visit, LocalDate asOf, HolidayCalendar calendar) {
    return visit.stage.getTimeLimit().map(limit -> {
      LocalDate due = limit.addTo(visit.startedOn, calendar);
      Outcome outcome;
      if (visit.completedOn != null) {
        outcome = visit.completedOn.isAfter(due) ? Outcome.NOT_MET : Outcome.MET;
      } else {
        outcome = asOf.isAfter(due) ? Outcome.NOT_MET : Outcome.PENDING;
      }
      return new Deadline(visit.stage.getNumber(), limit, visit.startedOn, due,
          visit.completedOn, outcome, visit.stage.getSource());
    });
  }

  /** The number of the stage the limit belongs to. */
  public int getStage() {
    return stage;
  }

  /** The stage's time limit. */
  public TimeSpan getLimit() {
    return limit;
  }

  /** The day the stage started, from which the limit counts. */
  public LocalDate getStartedOn() {
    return startedOn;
  }

  /** The last day on which completing the stage meets the limit. */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /** The day the stage was completed, if it was by the status's day. */
  public Optional<LocalDate> getCompletedOn() {
    return Optional.ofNullable(completedOn);
  }

  /** Whether the limit was met, not met, or is still pending, as of the status's day. */
  public Outcome getOutcome() {
    return outcome;
  }

  /** Whether the stage is not completed and its due day has passed. */
  public boolean isOverdue() {
    return completedOn == null && outcome == Outcome.NOT_MET;
  }

  /** The stage's citation: its label and the verbatim words that set the limit. */
  public Citation getSource() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Deadline)) {
      return false;
    }
    Deadline that = (Deadline) other;
    return stage == that.stage && limit.equals(that.limit) && startedOn.equals(that.startedOn)
        && dueOn.equals(that.dueOn) && Objects.equals(completedOn, that.completedOn)
        && outcome == that.outcome && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, limit, startedOn, dueOn, completedOn, outcome, source);
  }

  @Override
  public String toString() {
    String state = completedOn != null ? "completed " + completedOn
        : isOverdue() ? "overdue" : "not completed";
    return "stage " + stage + ": " + limit + " from " + startedOn + ", due " + dueOn + ", "
        + state + " (" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-') + ")";
  }
}
