package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceLinesTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "  Section 2 - Shared Vision  | Section 2 - Shared Vision",
      "- a. We recognise            | a. We recognise",
      "· Stage 1: Talk to each other. | Stage 1: Talk to each other.",
      "• Funding                    | Funding",
      "* Volunteering               | Volunteering",
      "### COMPACT LEICESTERSHIRE   | COMPACT LEICESTERSHIRE",
      "## Appendix 2                | Appendix 2",
      "- ***Representation*** - The VCS | Representation - The VCS",
      "- **Innovation** - Partners  | Innovation - Partners",
      "an *emphasised* word         | an emphasised word",
      "the [Social Value Act](#) is | the Social Value Act is",
      "or email to [a@b.uk](mailto:a@b.uk) | or email to a@b.uk",
      "Name:\tDate:                 | Name: Date:",
      "interdependent - neither     | interdependent - neither",
      "a -b                         | a -b",
  })
  void normalisesAsTheCoverageConventionSays(String raw, String expected) {
    assertThat(SourceLines.normalise(raw)).isEqualTo(expected);
  }

  @Test
  void turnsNonBreakingSpacesIntoSpacesAndCollapsesRuns() {
    assertThat(SourceLines.normalise("\u00A0stretched.\u00A0 A healthy  and\u00A0\u00A0productive "))
        .isEqualTo("stretched. A healthy and productive");
  }

  @Test
  void keepsOnlyNonEmptyLinesWithTheirNumbers() {
    assertThat(SourceLines.of("\n\nTitle\n \u00A0\n- item\r\nlast"))
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
