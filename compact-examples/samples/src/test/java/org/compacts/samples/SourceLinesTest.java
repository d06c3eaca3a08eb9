package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void keepsOnlyNonEmptyLinesWithTheirNumbers() {
    assertThat(SourceLines.of("\n\n## Title\n \u00A0\n- **item**\r\nlast"))
        .containsExactly(new SourceLines.Line(3, "Title"), new SourceLines.Line(5, "item"),
            new SourceLines.Line(6, "last"));
  }

  @Test
  void knowsTheSeedFileOfEverySample() {
    for (String id : SampleCompacts.ids()) {
      assertThat(SourceLines.ofSample(id)).as(id).isNotEmpty();
    }
    assertThatThrownBy(() -> SourceLines.ofSample("no-such-compact"))
        .hasMessageContaining("no-such-compact");
  }
}
