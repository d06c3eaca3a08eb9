package org.compacts.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
