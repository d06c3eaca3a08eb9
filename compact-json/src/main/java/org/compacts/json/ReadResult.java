package org.compacts.json;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient read gives: the value and the warnings about the document, such as fields of
 * a newer minor format version that this library does not know and left out.
 *
 * <pre>{@code
 * ReadResult<Compact> result = CompactJson.create().readLenient(path);
 * result.getWarnings().forEach(w -> log.warn(w.toString()));
 * Compact compact = result.getValue();
 * }</pre>
 *
 * @param <T> the type of value read
 */
public final class ReadResult<T> {
  private final T value;
  private final List<JsonProblem> warnings;

  private ReadResult(T value, List<JsonProblem> warnings) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns a result.
   *
   * @param value the value read
   * @param warnings the warnings, in document order
   * @param <T> the type of value
   * @return the result
   */
  public static <T> ReadResult<T> of(T value, List<JsonProblem> warnings) {
    return new ReadResult<>(value, warnings);
  }

  /** The value read. */
  public T getValue() {
    return value;
  }

  /** The warnings, in document order; empty when the document held nothing unexpected. */
  public List<JsonProblem> getWarnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult && value.equals(((ReadResult<?>) other).value)
        && warnings.equals(((ReadResult<?>) other).warnings);
  }

  @Override
  public int hashCode() {
    return 31 * value.hashCode() + warnings.hashCode();
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + value + ", warnings=" + warnings + "}";
  }
}
