package org.compacts.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule decides about one event: the outcome, a one-sentence reason naming the dates
 * compared, and the due date where the rule computed one. A {@link RuleEvaluator} adds the
 * compact, the rule's id, kind, modality and citation to make a {@link Finding}.
 *
 * <pre>{@code
 * Assessment late = Assessment.of(Outcome.NOT_MET,
 *     "The decision on 2025-02-03 came after 2025-01-29, 20 working days after ...",
 *     LocalDate.of(2025, 1, 29));
 * Assessment na = Assessment.of(Outcome.NOT_APPLICABLE, "The rule covers grants only.");
 * }</pre>
 */
public final class Assessment {
  private final Outcome outcome;
  private final String reason;
  private final LocalDate due;

  private Assessment(Outcome outcome, String reason, LocalDate due) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.due = due;
  }

  /**
   * An assessment with no due date.
   *
   * @param outcome the outcome
   * @param reason one plain sentence that says why
   * @return the assessment
   */
  public static Assessment of(Outcome outcome, String reason) {
    return new Assessment(outcome, reason, null);
  }

  /**
   * An assessment with the due date the rule computed.
   *
   * @param outcome the outcome
   * @param reason one plain sentence that says why, naming the dates compared
   * @param due the deadline the rule computed
   * @return the assessment
   */
  public static Assessment of(Outcome outcome, String reason, LocalDate due) {
    return new Assessment(outcome, reason, Objects.requireNonNull(due, "due"));
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** One plain sentence that says why. */
  public String reason() {
    return reason;
  }

  /** The deadline the rule computed, where it computed one. */
  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  /** The due date or null, for building a finding without an Optional. */
  LocalDate dueOrNull() {
    return due;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Assessment
        && outcome == ((Assessment) other).outcome
        && reason.equals(((Assessment) other).reason)
        && Objects.equals(due, ((Assessment) other).due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, reason, due);
  }

  @Override
  public String toString() {
    return "Assessment{" + outcome + (due == null ? "" : ", due " + due) + ": " + reason + "}";
  }
}
