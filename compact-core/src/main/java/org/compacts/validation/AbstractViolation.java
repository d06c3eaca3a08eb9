package org.compacts.validation;

import org.immutables.value.Value;

/**
 * One problem with a compact: a stable code, the path of the offending element and a plain
 * sentence.
 *
 * <pre>{@code
 * Violation v = Violation.of("dangling-reference", "signatories[0].party",
 *     "signatories[0].party names party 'scvo', but the compact has no party with that id.");
 * }</pre>
 */
@Value.Immutable
abstract class AbstractViolation implements Comparable<Violation> {
  /** A stable, kebab-case code for the kind of problem, such as {@code duplicate-id}. */
  @Value.Parameter
  public abstract String getCode();

  /** The path of the offending element, such as {@code undertakings[3].codesOfPractice[0]}. */
  @Value.Parameter
  public abstract String getPath();

  /** One plain sentence that says what is wrong. */
  @Value.Parameter
  public abstract String getMessage();

  /** Orders violations by path (numbers in brackets compared as numbers), then by code. */
  @Override
  public int compareTo(Violation other) {
    int byPath = Paths.compare(getPath(), other.getPath());
    return byPath != 0 ? byPath : getCode().compareTo(other.getCode());
  }

  @Override
  public String toString() {
    return getPath() + ": " + getMessage() + " [" + getCode() + "]";
  }
}
