package org.compacts.resolution;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a dispute case's history: what happened, at which stage, on which day. An
 * escalation is recorded at the stage the case left.
 *
 * <pre>{@code
 * RecordedStep s = RecordedStep.of(Step.SUBMITTED, 2, LocalDate.of(2025, 3, 10));
 * s.toString();   // "submitted at stage 2 on 2025-03-10"
 * }</pre>
 */
public final class RecordedStep {
  private final Step step;
  private final int stage;
  private final LocalDate date;

  private RecordedStep(Step step, int stage, LocalDate date) {
    this.step = step;
    this.stage = stage;
    this.date = date;
  }

  /**
   * Creates an entry.
   *
   * @param step what happened
   * @param stage the number of the stage it happened at, 1 or more
   * @param date the day it happened
   * @return the entry
   * @throws IllegalArgumentException if the stage number is not positive
   */
  public static RecordedStep of(Step step, int stage, LocalDate date) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(date, "date");
    if (stage < 1) {
      throw new IllegalArgumentException("Stage numbers start at 1, but got " + stage + ".");
    }
    return new RecordedStep(step, stage, date);
  }

  /** What happened. */
  public Step getStep() {
    return step;
  }

  /** The number of the stage it happened at. */
  public int getStage() {
    return stage;
  }

  /** The day it happened. */
  public LocalDate getDate() {
    return date;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RecordedStep)) {
      return false;
    }
    RecordedStep that = (RecordedStep) other;
    return step == that.step && stage == that.stage && date.equals(that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, stage, date);
  }

  @Override
  public String toString() {
    return step.label() + " at stage " + stage + " on " + date;
  }
}
