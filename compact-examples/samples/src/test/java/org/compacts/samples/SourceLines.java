package org.compacts.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The source texts of the samples, line by line with their numbers, normalised by
 * {@link SourceLineCoverage#normalise}, the one normalisation that both the source lines and
 * the samples' texts go through before they are compared.
 */
final class SourceLines {
  /** The seed file of each sample, under {@code seeds/} on the class path (DESIGN.md, 1). */
  static final Map<String, String> SEED_FILES = Map.of(
      "tamworth-vcse-pledge-2022", "tamworth-vcse-pledge-2022.txt",
      "sandwell-compact-2019", "sandwell-compact-2019.txt",
      "staffordshire-stoke-compact-2014", "staffordshire-stoke-compact-2014-2018.txt",
      "south-gloucestershire-compact", "south-gloucestershire-compact.txt",
      "leicestershire-compact", "leicestershire-compact.txt");

  private SourceLines() {}

  /** One non-empty source line: its number in the file (from 1) and its normalised text. */
  record Line(int number, String text) {
    @Override
    public String toString() {
      return "line " + number + ": " + text;
    }
  }

  /** The non-empty normalised lines of a text. */
  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = SourceLineCoverage.normalise(raw[i]);
      if (!line.isEmpty()) {
        lines.add(new Line(i + 1, line));
      }
    }
    return lines;
  }

  /** The non-empty normalised lines of a sample's seed file. */
  static List<Line> ofSample(String sampleId) {
    return of(SourceLineCoverage.resource("seeds/" + seedFile(sampleId)));
  }

  /** The whole seed file of a sample as one normalised text, its lines joined by spaces. */
  static String joinedSample(String sampleId) {
    return SourceLineCoverage.joined(SourceLineCoverage.resource("seeds/" + seedFile(sampleId)));
  }

  private static String seedFile(String sampleId) {
    String file = SEED_FILES.get(sampleId);
    if (file == null) {
      throw new IllegalArgumentException("no seed file is known for sample " + sampleId);
    }
    return file;
  }
}
