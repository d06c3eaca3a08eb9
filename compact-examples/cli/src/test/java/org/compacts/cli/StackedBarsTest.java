package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The chart geometry: lengths proportional to counts, the longest bar filling the plot. */
class StackedBarsTest {
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static double num(Object value) {
    return Double.parseDouble((String) value);
  }

  @TestFactory
  Stream<DynamicTest> segmentsAreProportionalAndContiguous() {
    return Property.forAll("segments are proportional and contiguous", gen -> {
      StackedBars bars = StackedBars.of("t", List.of("met", "not-met", "no rule"));
      int rows = gen.between(1, 8);
      long[][] counts = new long[rows][];
      long max = 0;
      for (int r = 0; r < rows; r++) {
        counts[r] = new long[] {gen.between(0, 5000), gen.between(0, 50), gen.between(0, 3)};
        max = Math.max(max, counts[r][0] + counts[r][1] + counts[r][2]);
        bars.row("row " + r, counts[r]);
      }
      Map<String, Object> model = bars.model();
      List<Map<String, Object>> drawn = list(model.get("rows"));
      assertThat(drawn).hasSize(rows);
      for (int r = 0; r < rows; r++) {
        double x = StackedBars.LABEL;
        long total = 0;
        List<Map<String, Object>> segments = list(drawn.get(r).get("segments"));
        int s = 0;
        for (int c = 0; c < 3; c++) {
          total += counts[r][c];
          if (counts[r][c] == 0) {
            continue;
          }
          Map<String, Object> segment = segments.get(s++);
          assertThat(num(segment.get("x"))).isCloseTo(x, within(0.011));
          double width = num(segment.get("width"));
          assertThat(width).isCloseTo((double) StackedBars.PLOT * counts[r][c] / max,
              within(0.006));
          x += width;
        }
        assertThat(segments).hasSize(s);
        assertThat(drawn.get(r).get("total")).isEqualTo(String.format(java.util.Locale.UK, "%,d", total));
        assertThat(x).isLessThanOrEqualTo(StackedBars.LABEL + StackedBars.PLOT + 0.05);
      }
      assertThat(model.get("viewBox")).isEqualTo("0 0 640 " + model.get("height"));
    });
  }

  @Test
  void theLongestBarFillsThePlotAndCssNamesHaveNoSpaces() {
    Map<String, Object> model = StackedBars.of("t", List.of("met", "no rule"))
        .row("a", 2, 2).row("a-rule-id-that-is-far-too-long-for-the-labels", 1, 0).model();
    List<Map<String, Object>> rows = list(model.get("rows"));
    List<Map<String, Object>> first = list(rows.get(0).get("segments"));
    assertThat(num(first.get(1).get("x")) + num(first.get(1).get("width")))
        .isEqualTo(StackedBars.LABEL + StackedBars.PLOT);
    assertThat(first.get(1).get("css")).isEqualTo("no-rule");
    assertThat(rows.get(1).get("label")).isEqualTo("a-rule-id-that-is-far-t…");
    assertThat(rows.get(1).get("name"))
        .isEqualTo("a-rule-id-that-is-far-too-long-for-the-labels");
  }

  @Test
  void legendEntriesDoNotOverlapAndStayInside() {
    List<String> series = List.of("met", "not-met", "pending", "exempt", "not-applicable",
        "no rule");
    List<Map<String, Object>> legend = list(StackedBars.of("t", series).model().get("legend"));
    for (int i = 0; i < legend.size(); i++) {
      int x = (Integer) legend.get(i).get("x");
      int end = x + StackedBars.SWATCH
          + (int) Math.ceil(StackedBars.CHAR * series.get(i).length());
      if (i + 1 < legend.size()) {
        assertThat(end).isLessThan((Integer) legend.get(i + 1).get("x"));
      } else {
        assertThat(end).isLessThanOrEqualTo(StackedBars.WIDTH);
      }
    }
  }

  @Test
  void aBarWithTheWrongNumberOfCountsIsRefused() {
    assertThatThrownBy(() -> StackedBars.of("t", List.of("met")).row("a", 1, 2))
        .hasMessage("Bar 'a' has 2 counts for 1 series.");
  }
}
