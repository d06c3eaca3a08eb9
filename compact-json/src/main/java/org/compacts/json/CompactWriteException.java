package org.compacts.json;

import java.util.List;
import org.compacts.validation.Violation;

/**
 * Thrown when a compact, an event or findings cannot be written: the compact does not validate
 * (the canonical writer writes only valid compacts; {@link CompactJson#writeUnvalidated(
 * org.compacts.model.Compact)} writes one anyway), or it holds a rule or event of a class this
 * library has no kind or type for. Nothing has been written when it is thrown: no output, and
 * a file written to is as it was.
 *
 * <pre>{@code
 * try {
 *   json.write(compact, Path.of("compact.json"));
 * } catch (CompactWriteException e) {
 *   e.getViolations().forEach(v -> System.err.println(v));   // rules[1].stage: ...
 * }
 * }</pre>
 */
public final class CompactWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  CompactWriteException(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  CompactWriteException(String message) {
    this(message, List.of());
  }

  /** The compact's violations when it was refused for them; otherwise empty. */
  public List<Violation> getViolations() {
    return violations;
  }
}
