package org.compacts.json.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compacts.rules.Outcome;

/**
 * What a scenario expects of one rule's finding: its outcome and, where the scenario says,
 * its due date (or that it has none) and words its reason must contain.
 *
 * <pre>{@code
 * {"rule": "three-months-notice", "outcome": "met", "due": "2024-12-31",
 *  "reasonContains": ["2024-12-31"]}
 * }</pre>
 */
public final class Expectation {
  private final String rule;
  private final Outcome outcome;
  private final boolean dueStated;
  private final LocalDate due;
  private final List<String> reasonContains;

  private Expectation(String rule, Outcome outcome, boolean dueStated, LocalDate due,
      List<String> reasonContains) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.dueStated = dueStated;
    this.due = due;
    this.reasonContains = List.copyOf(reasonContains);
  }

  /**
   * An expectation of an outcome, saying nothing of the due date or reason.
   *
   * @param rule the rule's id
   * @param outcome the outcome
   * @return the expectation
   */
  public static Expectation of(String rule, Outcome outcome) {
    return new Expectation(rule, outcome, false, null, List.of());
  }

  /**
   * Returns a copy that also expects a due date: a day, or null for "no due date".
   *
   * @param due the due date, or null when the finding must have none
   * @return the expectation
   */
  public Expectation withDue(LocalDate due) {
    return new Expectation(rule, outcome, true, due, reasonContains);
  }

  /**
   * Returns a copy that also expects the reason to contain some words.
   *
   * @param words the words, each to be found in the reason
   * @return the expectation
   */
  public Expectation withReasonContaining(List<String> words) {
    return new Expectation(rule, outcome, dueStated, due, words);
  }

  /** The rule's id. */
  public String rule() {
    return rule;
  }

  /** The expected outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the scenario states a due date (a day, or none). */
  public boolean dueStated() {
    return dueStated;
  }

  /** The expected due date; empty when none is stated or the finding must have none. */
  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  /** Words the reason must contain. */
  public List<String> reasonContains() {
    return reasonContains;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Expectation)) {
      return false;
    }
    Expectation that = (Expectation) other;
    return rule.equals(that.rule) && outcome == that.outcome && dueStated == that.dueStated
        && Objects.equals(due, that.due) && reasonContains.equals(that.reasonContains);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, outcome, dueStated, due, reasonContains);
  }

  @Override
  public String toString() {
    return rule + ": " + Outcomes.name(outcome)
        + (dueStated ? (due == null ? ", no due date" : ", due " + due) : "");
  }
}
