package org.compacts.json.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario expects when the check must not give findings but refuse: the problem's
 * code, and where the scenario says, its JSON Pointer in the compact document and words its
 * message must contain.
 *
 * <pre>{@code
 * "expectError": {"code": "seat-count", "pointer": "/governance/bodies/0/seats",
 *                 "messageContains": ["add up to 11 seats"]}
 * }</pre>
 *
 * <p>The codes: a problem of the compact document ({@code seat-count},
 * {@code dangling-reference}, any code a {@link org.compacts.json.JsonProblem} carries), or
 * {@code calendar-coverage} when working days run past the years of the holiday calendar.
 */
public final class ExpectedError {
  /** The code of a check refused because working days ran past the calendar's years. */
  public static final String CALENDAR_COVERAGE = "calendar-coverage";

  private final String code;
  private final String pointer;
  private final List<String> messageContains;

  ExpectedError(String code, String pointer, List<String> messageContains) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = pointer;
    this.messageContains = List.copyOf(messageContains);
  }

  /** The problem's code. */
  public String code() {
    return code;
  }

  /** The JSON Pointer of the problem in the compact document, where the scenario states it. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** Words the problem's message must contain; empty when the scenario states none. */
  public List<String> messageContains() {
    return messageContains;
  }

  /** Whether a problem is the one expected. */
  boolean matches(String actualCode, String actualPointer, String message) {
    return code.equals(actualCode) && (pointer == null || pointer.equals(actualPointer))
        && messageContains.stream().allMatch(message::contains);
  }

  @Override
  public String toString() {
    return code + (pointer == null ? "" : " at " + pointer)
        + (messageContains.isEmpty() ? "" : " containing " + messageContains);
  }
}
