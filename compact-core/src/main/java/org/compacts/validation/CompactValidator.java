package org.compacts.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.compacts.model.Compact;
import org.compacts.rules.Event;

/**
 * Validates a compact: the Jakarta constraints on the model and the domain checks that
 * annotations cannot say (unique ids, references that resolve, stages numbered 1..n, ordered
 * dates, rules that can apply). Returns every violation; never throws on a bad compact.
 *
 * <pre>{@code
 * List<Violation> problems = CompactValidator.create().validate(compact);
 * problems.forEach(v -> System.out.println(v.getPath() + ": " + v.getMessage()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the underlying Jakarta validator is built once.
 */
public final class CompactValidator {
  private static final CompactValidator INSTANCE = new CompactValidator();

  private CompactValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared, thread-safe validator
   */
  public static CompactValidator create() {
    return INSTANCE;
  }

  /**
   * Validates a compact.
   *
   * @param compact the compact, not null
   * @return every violation, ordered by path; empty when the compact is valid
   */
  public List<Violation> validate(Compact compact) {
    Objects.requireNonNull(compact, "compact");
    List<Violation> violations = new ArrayList<>(ConstraintChecks.check(compact));
    violations.addAll(DomainChecks.check(compact));
    Collections.sort(violations);
    return List.copyOf(violations);
  }

  /**
   * Validates an event against the constraints of its type, such as a non-empty
   * {@code affects} or a positive {@code stage}.
   *
   * @param event the event, not null
   * @return every violation, ordered by path; empty when the event is valid
   */
  public List<Violation> validateEvent(Event event) {
    Objects.requireNonNull(event, "event");
    List<Violation> violations = new ArrayList<>(ConstraintChecks.check(event));
    Collections.sort(violations);
    return List.copyOf(violations);
  }

  /**
   * Tells whether a compact has no violations.
   *
   * @param compact the compact, not null
   * @return true when {@link #validate} finds nothing
   */
  public boolean isValid(Compact compact) {
    return validate(compact).isEmpty();
  }

  /**
   * Returns the compact when it is valid, or throws with every violation.
   *
   * @param compact the compact, not null
   * @return the same compact
   * @throws InvalidCompactException when the compact has violations
   */
  public Compact requireValid(Compact compact) {
    List<Violation> violations = validate(compact);
    if (!violations.isEmpty()) {
      throw new InvalidCompactException(compact.getId(), violations);
    }
    return compact;
  }
}
