package org.compacts.rules;

import java.util.Set;

/** A rule's {@code onlyWhen}: the tags an event must carry for the rule to apply at all. */
final class OnlyWhen {
  private OnlyWhen() {}

  /**
   * Decides a rule's {@code onlyWhen} for an event's tags.
   *
   * @return a {@code not-applicable} assessment naming the missing tags, or null when the event
   *     carries every one
   */
  static Assessment assess(Set<String> required, Set<String> tags) {
    Sentence missing = null;
    for (String tag : required) {
      if (!tags.contains(tag)) {
        missing = missing == null ? Sentence.start("The rule applies only to events tagged ")
            .text(quoted(required)).text(", and this event is not tagged '")
            : missing.text("' or '");
        missing.text(tag);
      }
    }
    return missing == null ? null
        : Assessment.of(Outcome.NOT_APPLICABLE, missing.text("'").end());
  }

  /** The tags as "'a'", "'a' and 'b'" or "'a', 'b' and 'c'". */
  private static String quoted(Set<String> tags) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (String tag : tags) {
      if (i > 0) {
        out.append(i == tags.size() - 1 ? " and " : ", ");
      }
      out.append('\'').append(tag).append('\'');
      i++;
    }
    return out.toString();
  }
}
