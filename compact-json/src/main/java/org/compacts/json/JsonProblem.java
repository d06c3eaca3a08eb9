package org.compacts.json;

import java.util.Objects;

/**
 * One problem with a JSON document: a stable code, where it is (a JSON Pointer, and the line
 * and column it starts on, both from 1), and a plain sentence.
 *
 * <pre>{@code
 * JsonProblem p = JsonProblem.of("unknown-field", "/parties/0/sectr", 12, 7,
 *     "'sectr' is not a field here; the fields are 'id', 'name', 'sector', 'bodyType'.");
 * p.toString();   // 12:7: /parties/0/sectr: 'sectr' is not a field here; ...
 * }</pre>
 *
 * <p>The codes of JSON problems: {@code syntax}, {@code empty}, {@code duplicate-key},
 * {@code trailing-content}, {@code too-deep}, {@code too-long}, {@code too-large},
 * {@code not-utf-8}, {@code read-error}, {@code wrong-type}, {@code null-value},
 * {@code missing-field}, {@code unknown-field}, {@code unknown-value}, {@code unknown-kind},
 * {@code unknown-type}, {@code bad-date}, {@code duplicate-value},
 * {@code number-out-of-range}, {@code missing-format-version}, {@code bad-format-version},
 * {@code newer-format-version}, {@code unsupported-format-version}, {@code more-problems} (the
 * last of a list cut at 100, saying how many more there are) and, for anything else Jackson
 * refuses, {@code invalid}. A model violation keeps the code of its
 * {@link org.compacts.validation.Violation}, such as {@code dangling-reference}.
 */
public final class JsonProblem {
  private final String code;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private JsonProblem(String code, String pointer, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a problem.
   *
   * @param code a stable, kebab-case code
   * @param pointer the JSON Pointer of the element, {@code ""} for the whole document
   * @param line the line it starts on, from 1
   * @param column the column it starts on, from 1, counted in characters
   * @param message one plain sentence
   * @return the problem
   */
  public static JsonProblem of(String code, String pointer, int line, int column,
      String message) {
    return new JsonProblem(code, pointer, line, column, message);
  }

  /** A stable, kebab-case code for the kind of problem, such as {@code unknown-field}. */
  public String getCode() {
    return code;
  }

  /**
   * The JSON Pointer (RFC 6901) of the element, such as {@code /undertakings/3/source};
   * {@code ""} for the whole document. A missing field's pointer names the field.
   */
  public String getPointer() {
    return pointer;
  }

  /** The line the element starts on, from 1 (for a missing field, the line of its object). */
  public int getLine() {
    return line;
  }

  /** The column the element starts on, from 1, counted in characters. */
  public int getColumn() {
    return column;
  }

  /** One plain sentence that says what is wrong. */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) other;
    return line == that.line && column == that.column && code.equals(that.code)
        && pointer.equals(that.pointer) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, line, column, message);
  }

  /** Returns {@code line:column: pointer: message}, without the pointer when it is empty. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
  }
}
