package org.compacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compacts.json.EventLine;
import org.compacts.json.EventLineReader;
import org.compacts.json.JsonProblem;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.HolidayCalendar;

/** Checks events against one compact on one day; the compact's rules are indexed once. */
final class Checker {
  private final PreparedCompact prepared;
  private final LocalDate asOf;

  private Checker(PreparedCompact prepared, LocalDate asOf) {
    this.prepared = prepared;
    this.asOf = asOf;
  }

  static Checker of(Compact compact, LocalDate asOf, HolidayCalendar calendar) {
    return new Checker(RuleEvaluator.create().withCalendar(calendar).prepare(compact), asOf);
  }

  /** The findings of the event at a position of the input, from 0. */
  List<Finding> check(Event event, long position) {
    return prepared.check(event, position, asOf);
  }

  /** What is done with the findings of each event of a stream. */
  interface Sink {
    /** Takes the findings of one event, in the compact's rule order; empty when none read it. */
    void accept(Event event, List<Finding> findings);
  }

  /**
   * Checks each event of a newline-delimited stream, its position counting every line from 0.
   * A line that holds no event, or whose dates leave the holiday calendar, is reported on
   * standard error as {@code FILE:LINE: ...} and skipped, and the stream goes on.
   *
   * @return whether some line was skipped
   * @throws IOException when the stream cannot be read
   */
  boolean checkLines(EventLineReader lines, String file, CompactCommand top, PrintWriter err,
      Sink sink) throws IOException {
    boolean bad = false;
    long position = -1;
    for (EventLine line = lines.next(); line != null; line = lines.next()) {
      position++;
      if (!line.hasEvent()) {
        JsonProblem first = line.getProblems().get(0);
        CompactCommand.error(err, file + ":" + line.getNumber() + ": " + first.getPointer()
            + ": " + first.getMessage());
        bad = true;
        continue;
      }
      List<Finding> findings;
      try {
        findings = check(line.getEvent(), position);
      } catch (DateTimeException e) {
        top.error(err, file + ":" + line.getNumber() + ": " + HolidayOptions.describe(e), e);
        bad = true;
        continue;
      }
      sink.accept(line.getEvent(), findings);
    }
    return bad;
  }

  /** Tells whether some rule of the compact reads events of the type. */
  boolean reads(String eventType) {
    return prepared.reads(eventType);
  }

  /**
   * The lines that say, per event type, how many events no rule of the compact read, such
   * as "2 payment events: no rule of leicestershire-compact reads them".
   */
  List<String> unjudged(Map<String, Long> countsByType) {
    List<String> lines = new ArrayList<>();
    countsByType.forEach((type, count) -> lines.add(count + " " + type
        + (count == 1 ? " event: no rule of " : " events: no rule of ")
        + prepared.compact().getId() + (count == 1 ? " reads it" : " reads them")));
    return lines;
  }
}
