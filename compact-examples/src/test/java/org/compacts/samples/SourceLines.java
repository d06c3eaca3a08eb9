package org.compacts.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source texts of the samples, line by line, and the one normalisation that both the
 * source lines and the samples' text go through before they are compared.
 */
final class SourceLines {
  /** The seed file of each sample, under {@code /seeds/} on the class path (DESIGN.md, 1). */
  static final Map<String, String> SEED_FILES = Map.of(
      "tamworth-vcse-pledge-2022", "tamworth-vcse-pledge-2022.txt",
      "sandwell-compact-2019", "sandwell-compact-2019.txt",
      "staffordshire-stoke-compact-2014", "staffordshire-stoke-compact-2014-2018.txt",
      "south-gloucestershire-compact", "south-gloucestershire-compact.txt",
      "leicestershire-compact", "leicestershire-compact.txt");

  private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");
  private static final Pattern BULLET = Pattern.compile("^[-·•*]\\s+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern STRONG_EMPHASIS = Pattern.compile("\\*\\*\\*(.+?)\\*\\*\\*");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("\\*(.+?)\\*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private SourceLines() {}

  /** One non-empty source line: its number in the file (from 1) and its normalised text. */
  record Line(int number, String text) {
    @Override
    public String toString() {
      return "line " + number + ": " + text;
    }
  }

  /**
   * Normalises a line of text: trims it; drops markdown heading marks and a leading bullet
   * marker ({@code - }, {@code · }, {@code • }, {@code * }); unwraps markdown emphasis and
   * links; turns non-breaking spaces into spaces and collapses runs of white space.
   */
  static String normalise(String raw) {
    String s = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').strip();
    s = HEADING_MARKS.matcher(s).replaceFirst("");
    s = BULLET.matcher(s).replaceFirst("");
    s = LINK.matcher(s).replaceAll("$1");
    s = STRONG_EMPHASIS.matcher(s).replaceAll("$1");
    s = STRONG.matcher(s).replaceAll("$1");
    s = EMPHASIS.matcher(s).replaceAll("$1");
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  /** The non-empty normalised lines of a text. */
  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = normalise(raw[i]);
      if (!line.isEmpty()) {
        lines.add(new Line(i + 1, line));
      }
    }
    return lines;
  }

  /** The non-empty normalised lines of a sample's seed file. */
  static List<Line> ofSample(String sampleId) {
    String file = SEED_FILES.get(sampleId);
    if (file == null) {
      throw new IllegalArgumentException("no seed file is known for sample " + sampleId);
    }
    return of(resource("/seeds/" + file));
  }

  /** A class-path resource as UTF-8 text, or null when there is none. */
  static String resourceOrNull(String path) {
    try (InputStream in = SourceLines.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static String resource(String path) {
    String text = resourceOrNull(path);
    if (text == null) {
      throw new IllegalArgumentException("no resource " + path + " on the class path");
    }
    return text;
  }
}
