package org.compacts.json.scenario;

import java.util.Locale;
import org.compacts.rules.Outcome;

/** Outcomes by their JSON names, such as {@code not-met}. */
final class Outcomes {
  private Outcomes() {}

  static String name(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The outcome of a JSON name, or null when there is none. */
  static Outcome of(String name) {
    for (Outcome outcome : Outcome.values()) {
      if (name(outcome).equals(name)) {
        return outcome;
      }
    }
    return null;
  }

  static String known() {
    StringBuilder sb = new StringBuilder();
    for (Outcome outcome : Outcome.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(name(outcome));
    }
    return sb.toString();
  }
}
