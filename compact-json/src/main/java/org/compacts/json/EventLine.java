package org.compacts.json;

import java.util.List;
import java.util.Objects;
import org.compacts.rules.Event;

/**
 * One line of newline-delimited JSON events, as an {@link EventLineReader} gives it: its number
 * in the stream, and either the event it holds or the problems that kept it from being read.
 *
 * <pre>{@code
 * EventLine line = lines.next();
 * if (line.hasEvent()) {
 *   check(line.getEvent());
 * } else {
 *   line.getProblems().forEach(p -> log.warn(file + ":" + p));   // events.ndjson:7:31: /stage: ...
 * }
 * }</pre>
 */
public final class EventLine {
  private final long number;
  private final Event event;
  private final List<JsonProblem> problems;

  private EventLine(long number, Event event, List<JsonProblem> problems) {
    this.number = number;
    this.event = event;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns a line that was read.
   *
   * @param number its number in the stream, from 1
   * @param event the event it holds
   * @return the line
   */
  public static EventLine of(long number, Event event) {
    return new EventLine(number, Objects.requireNonNull(event, "event"), List.of());
  }

  /**
   * Returns a line that could not be read.
   *
   * @param number its number in the stream, from 1
   * @param problems why, at least one
   * @return the line
   */
  public static EventLine failed(long number, List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A line that failed needs at least one problem.");
    }
    return new EventLine(number, null, problems);
  }

  /** The line's number in the stream, from 1, counting blank lines too. */
  public long getNumber() {
    return number;
  }

  /** Tells whether the line was read; when not, {@link #getProblems()} says why. */
  public boolean hasEvent() {
    return event != null;
  }

  /**
   * The event the line holds.
   *
   * @return the event, valid
   * @throws CompactJsonException with the line's problems when it could not be read
   */
  public Event getEvent() {
    if (event == null) {
      throw new CompactJsonException(problems);
    }
    return event;
  }

  /**
   * The problems of a line that could not be read, in the order of their columns, each located
   * at this line's number (or {@link Integer#MAX_VALUE} past it) and its column in the line;
   * empty when the line was read.
   */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EventLine)) {
      return false;
    }
    EventLine that = (EventLine) other;
    return number == that.number && Objects.equals(event, that.event)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, event, problems);
  }

  @Override
  public String toString() {
    return "EventLine{number=" + number + (event != null ? ", event=" + event
        : ", problems=" + problems) + "}";
  }
}
