package org.compacts.json.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compacts.rules.Event;

/**
 * One test of rule semantics: a compact (a sample's id, or a compact document beside the
 * scenario file), an event, the day of evaluation and the finding expected of each rule that
 * reads the event, in the compact's rule order.
 *
 * <pre>{@code
 * {
 *   "name": "Notice on the last compliant day is met",
 *   "compact": "leicestershire-compact",
 *   "asOf": "2025-01-06",
 *   "event": {"type": "funding-change", "change": "cessation", "arrangement": "grant",
 *             "decidedBy": "public", "affects": ["voluntary-community"],
 *             "noticeGivenOn": "2024-12-31", "takesEffectOn": "2025-03-31"},
 *   "expect": [{"rule": "three-months-notice", "outcome": "met", "due": "2024-12-31"}]
 * }
 * }</pre>
 *
 * <p>Instead of {@code "expect"}, a scenario may say the check must refuse, with
 * {@code "expectError"} (see {@link ExpectedError}); and it may count working days by a GOV.UK
 * bank holidays file, {@code "holidays"} (a path relative to the scenario file) with an optional
 * {@code "division"}. Read scenarios with {@link ScenarioRunner#read(Path)}.
 */
public final class Scenario {
  private final Path file;
  private final int index;
  private final String pointer;
  private final String name;
  private final String sampleId;
  private final Path compactFile;
  private final LocalDate asOf;
  private final Event event;
  private final List<Expectation> expected;
  private final ExpectedError expectedError;
  private final Path holidays;
  private final String division;

  Scenario(Path file, int index, String pointer, String name, String sampleId, Path compactFile, LocalDate asOf,
      Event event, List<Expectation> expected, ExpectedError expectedError, Path holidays,
      String division) {
    this.file = Objects.requireNonNull(file, "file");
    this.index = index;
    this.pointer = pointer;
    this.name = Objects.requireNonNull(name, "name");
    this.sampleId = sampleId;
    this.compactFile = compactFile;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.event = Objects.requireNonNull(event, "event");
    this.expected = List.copyOf(expected);
    this.expectedError = expectedError;
    this.holidays = holidays;
    this.division = division;
  }

  /** The file the scenario was read from. */
  public Path file() {
    return file;
  }

  /** The scenario's position in its file, from 0. */
  public int index() {
    return index;
  }

  /** The JSON Pointer of the scenario in its file: {@code ""} or {@code "/index"}. */
  String pointer() {
    return pointer;
  }

  /** What the scenario shows. */
  public String name() {
    return name;
  }

  /** The sample id it names ({@code "compact"}), if it names one. */
  public Optional<String> sampleId() {
    return Optional.ofNullable(sampleId);
  }

  /** The compact document it names ({@code "compactFile"}), resolved against its file. */
  public Optional<Path> compactFile() {
    return Optional.ofNullable(compactFile);
  }

  /** The day of evaluation. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The event. */
  public Event event() {
    return event;
  }

  /** The expected findings, one per rule that reads the event, in the compact's rule order. */
  public List<Expectation> expected() {
    return expected;
  }

  /** The refusal expected instead of findings ({@code "expectError"}), if the scenario says. */
  public Optional<ExpectedError> expectedError() {
    return Optional.ofNullable(expectedError);
  }

  /**
   * The GOV.UK bank holidays file whose calendar working days skip ({@code "holidays"}),
   * resolved against the scenario's file; empty for the runner's own calendar.
   */
  public Optional<Path> holidays() {
    return Optional.ofNullable(holidays);
  }

  /** The division of the holidays file ({@code "division"}), {@code england-and-wales} if unsaid. */
  public Optional<String> division() {
    return Optional.ofNullable(division);
  }

  /** Names the scenario by file, position and name. */
  @Override
  public String toString() {
    return file + " [" + index + "] " + name;
  }
}
