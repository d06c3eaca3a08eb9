package org.compacts.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.immutables.value.Value;

/**
 * What one rule of a compact says about one event: the outcome, a one-sentence reason naming
 * the dates compared, the due date where one was computed, and the words the rule rests on.
 */
@Value.Immutable
abstract class AbstractFinding {
  /** The id of the compact. */
  public abstract String getCompact();

  /** The id of the rule. */
  public abstract String getRule();

  /** The rule's kind, such as {@code minimum-notice}. */
  public abstract String getKind();

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
