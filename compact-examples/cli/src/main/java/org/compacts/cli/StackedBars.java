package org.compacts.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a horizontal stacked bar chart, for an inline SVG drawn by the report's
 * template: one bar per row, one segment per series, lengths proportional to the counts, the
 * longest bar filling the plot. The chart is a model of numbers and texts only; the template
 * writes it, escaping every text.
 *
 * <pre>{@code
 * Map<String, Object> chart = StackedBars.of("Outcomes per rule", List.of("met", "not-met"))
 *     .row("three-year-term", 12, 3)
 *     .model();
 * }</pre>
 */
final class StackedBars {
  static final int WIDTH = 640;
  static final int LABEL = 170;
  static final int TOTAL = 60;
  static final int PLOT = WIDTH - LABEL - TOTAL;
  static final int BAR = 18;
  static final int GAP = 8;
  static final int LEGEND = 28;
  static final int MAX_LABEL = 24;
  /** A legend's colour swatch and the gap after it, in pixels. */
  static final int SWATCH = 16;
  /** The gap between legend entries. */
  static final int SPACING = 14;
  /** The width of a character of the legend, generously: 12px sans-serif. */
  static final double CHAR = 7.0;

  private final String title;
  private final List<String> series;
  private final List<String> labels = new ArrayList<>();
  private final List<long[]> counts = new ArrayList<>();

  private StackedBars(String title, List<String> series) {
    this.title = title;
    this.series = List.copyOf(series);
  }

  static StackedBars of(String title, List<String> series) {
    return new StackedBars(title, series);
  }

  /** Adds a bar; counts in the order of the series. */
  StackedBars row(String label, long... values) {
    if (values.length != series.size()) {
      throw new IllegalArgumentException("Bar '" + label + "' has " + values.length
          + " counts for " + series.size() + " series.");
    }
    labels.add(label);
    counts.add(values.clone());
    return this;
  }

  /** The model the template draws: sizes, legend, bars and their segments. */
  Map<String, Object> model() {
    long max = 0;
    for (long[] row : counts) {
      max = Math.max(max, sum(row));
    }
    int height = LEGEND + counts.size() * (BAR + GAP) + GAP;
    List<Map<String, Object>> legend = new ArrayList<>();
    int[] widths = new int[series.size()];
    int span = 0;
    for (int s = 0; s < series.size(); s++) {
      widths[s] = SWATCH + (int) Math.ceil(CHAR * series.get(s).length()) + SPACING;
      span += widths[s];
    }
    // The legend starts over the bars, or further left when it would run past the edge.
    int left = Math.max(0, Math.min(LABEL, WIDTH - span));
    for (int s = 0; s < series.size(); s++) {
      legend.add(map("x", left, "textX", left + SWATCH, "name", series.get(s),
          "css", css(series.get(s))));
      left += widths[s];
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int r = 0; r < counts.size(); r++) {
      long[] row = counts.get(r);
      int y = LEGEND + r * (BAR + GAP);
      double x = LABEL;
      List<Map<String, Object>> segments = new ArrayList<>();
      for (int s = 0; s < row.length; s++) {
        if (row[s] == 0) {
          continue;
        }
        double width = (double) PLOT * row[s] / max;
        segments.add(map("x", number(x), "width", number(width), "css", css(series.get(s)),
            "title", labels.get(r) + ", " + series.get(s) + ": " + row[s]));
        x += width;
      }
      rows.add(map("label", shorten(labels.get(r)), "name", labels.get(r), "labelX", LABEL - 6, "y", y,
          "textY", y + BAR - 5, "height", BAR, "segments", segments,
          "total", ReportHtml.number(sum(row)), "totalX", number(x + 6)));
    }
    return map("title", title, "width", WIDTH, "height", height,
        "viewBox", "0 0 " + WIDTH + " " + height, "legend", legend, "rows", rows,
        "legendY", 16, "legendBoxY", 6, "empty", rows.isEmpty());
  }

  /** A series name as a CSS class: {@code no rule} is {@code no-rule}. */
  static String css(String series) {
    return series.replace(' ', '-');
  }

  /** A label that fits the label column; the full name stays in the bar's tooltip. */
  static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }

  private static long sum(long[] row) {
    long total = 0;
    for (long v : row) {
      total += v;
    }
    return total;
  }

  /** SVG coordinates with at most two decimals, written with a dot. */
  static String number(double v) {
    String text = String.format(Locale.ROOT, "%.2f", v);
    return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
