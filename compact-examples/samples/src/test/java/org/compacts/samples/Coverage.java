package org.compacts.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compacts.model.Compact;

/**
 * Checks that a sample holds every line of its source, or says why not: each non-empty
 * normalised line is either among the sample's texts ({@link TextFields#holds}) or on the
 * sample's reviewed exclusion list. An exclusion that the sample in fact holds, or that is not
 * a line of the source, is a problem too.
 */
final class Coverage {
  private Coverage() {}

  /** The outcome of a check. */
  record Report(String compactId, int lines, int held, int excluded, List<String> problems) {
    String figure() {
      return compactId + ": " + (held + excluded) + "/" + lines + " lines (" + excluded
          + " excluded)";
    }
  }

  static Report check(Compact compact, List<SourceLines.Line> source,
      Map<String, String> exclusions) {
    TextFields fields = TextFields.of(compact);
    List<String> problems = new ArrayList<>();
    Set<String> sourceTexts = source.stream().map(SourceLines.Line::text)
        .collect(Collectors.toSet());
    for (String excluded : exclusions.keySet()) {
      if (!sourceTexts.contains(excluded)) {
        problems.add("excluded but not a line of the source: " + excluded);
      } else if (fields.holds(excluded)) {
        problems.add("excluded but encoded (drop it from the exclusions): " + excluded);
      }
    }
    int held = 0;
    int excludedLines = 0;
    for (SourceLines.Line line : source) {
      if (exclusions.containsKey(line.text())) {
        excludedLines++;
      } else if (fields.holds(line.text())) {
        held++;
      } else {
        problems.add("not encoded and not excluded: " + line);
      }
    }
    return new Report(compact.getId(), source.size(), held, excludedLines, problems);
  }
}
