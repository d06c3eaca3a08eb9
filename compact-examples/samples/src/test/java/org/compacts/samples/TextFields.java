package org.compacts.samples;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Compact;

/**
 * Every text a compact holds ({@link SourceLineCoverage#texts}, normalised), and the test of
 * whether a source line is among them.
 *
 * <p>A line is held when it is part of one text. It is also held when it is a citation's clause
 * label as printed followed by the texts of citations with that clause, one after another:
 * "c. We recognise ... We will do our best ..." is item {@code c} encoded as two undertakings,
 * and "Stage 2: Submit ..." is the source of stage 2, whose citation keeps the label apart from
 * the words.
 */
final class TextFields {
  /** Getters whose strings are ids or references to ids, not text from the source. */
  static final Set<String> REFERENCES =
      Set.of("getId", "getParty", "getObjective", "getActivity");

  /** What may stand between a printed label and its words: "c. ", "Stage 2: ", "4(i) ". */
  private static final List<String> LABEL_SEPARATORS = List.of(". ", ": ", " - ", " – ", " ");

  private final Set<String> texts;
  private final Map<String, Set<String>> byClause = new LinkedHashMap<>();

  private TextFields(Compact compact) {
    texts = SourceLineCoverage.texts(compact, REFERENCES);
    for (Citation c : SourceLineCoverage.reachable(compact, Citation.class)) {
      byClause.computeIfAbsent(SourceLineCoverage.normalise(c.getClause()),
          k -> new LinkedHashSet<>()).add(SourceLineCoverage.normalise(c.getText()));
    }
  }

  static TextFields of(Compact compact) {
    return new TextFields(compact);
  }

  /** Whether the compact holds a normalised source line, by one of the two ways above. */
  boolean holds(String line) {
    for (String text : texts) {
      if (text.contains(line)) {
        return true;
      }
    }
    for (Map.Entry<String, Set<String>> clause : byClause.entrySet()) {
      if (isLabelledRun(line, clause.getKey(), clause.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is, exactly, an optional label and separator followed by one or more
   * whole texts filed under that label, joined by single spaces.
   */
  private static boolean isLabelledRun(String line, String label, Set<String> pieces) {
    boolean[] reachable = new boolean[line.length() + 1];
    reachable[0] = true;
    for (String separator : LABEL_SEPARATORS) {
      if (line.startsWith(label + separator)) {
        reachable[label.length() + separator.length()] = true;
      }
    }
    for (int at = 0; at < line.length(); at++) {
      if (!reachable[at]) {
        continue;
      }
      for (String piece : pieces) {
        if (line.startsWith(piece, at)) {
          int end = at + piece.length();
          if (end == line.length()) {
            return true;
          }
          if (line.charAt(end) == ' ') {
            reachable[end + 1] = true;
          }
        }
      }
    }
    return false;
  }
}
