package org.compacts.rules;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.immutables.value.Value;

/**
 * What one rule of a compact says about one event: which event (its position in what was
 * checked, and its id), the outcome, a one-sentence reason naming the dates compared, the due
 * date where one was computed, and the words the rule rests on.
 */
@Value.Immutable
abstract class AbstractFinding {
  /** The id of the compact. */
  public abstract String getCompact();

  /** The id of the rule. */
  public abstract String getRule();

  /** The rule's kind, such as {@code minimum-notice}. */
  public abstract String getKind();

  /**
   * The position of the event judged in what was checked, from 0: its index in a list or a
   * JSON array, its place among the events of an NDJSON stream, 0 for a single event.
   */
  @PositiveOrZero
  @Value.Default
  public long getEvent() {
    return 0;
  }

  /** The judged event's own reference ({@code id}), when it has one. */
  public abstract Optional<String> getEventId();

  /** The outcome. */
  public abstract Outcome getOutcome();

  /** The rule's modality. */
  public abstract Modality getModality();

  /** One plain sentence that says why, naming the dates compared. */
  public abstract String getReason();

  /** The deadline the rule computed, where it computed one. */
  public abstract Optional<LocalDate> getDue();

  /** The rule's clause and verbatim text. */
  public abstract Citation getSource();
}
