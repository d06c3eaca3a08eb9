package org.compacts.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link CompactValidator#requireValid} when a compact has violations; carries all
 * of them.
 */
public final class InvalidCompactException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The violations, ordered by path; never shared with the caller's list. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param compactId the id of the invalid compact
   * @param violations its violations, at least one
   */
  public InvalidCompactException(String compactId, List<Violation> violations) {
    super(describe(compactId, violations));
    this.violations = List.copyOf(violations);
  }

  /** The violations, ordered by path. */
  public List<Violation> getViolations() {
    return violations;
  }

  private static String describe(String compactId, List<Violation> violations) {
    return "Compact '" + compactId + "' has " + violations.size()
        + (violations.size() == 1 ? " problem: " : " problems: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
