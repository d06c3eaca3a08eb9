package org.compacts.cli;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;

/** Checks events against one compact on one day; the compact's rules are indexed once. */
final class Checker {
  private final PreparedCompact prepared;
  private final LocalDate asOf;

  private Checker(PreparedCompact prepared, LocalDate asOf) {
    this.prepared = prepared;
    this.asOf = asOf;
  }

  static Checker of(Compact compact, LocalDate asOf) {
    return new Checker(RuleEvaluator.create().prepare(compact), asOf);
  }

  List<Finding> check(Event event) {
    return prepared.check(event, asOf);
  }
}
