package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceLineCoverageTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'  - better communication between sectors'| better communication between sectors",
      "· item                                     | item",
      "• item                                     | item",
      "* item                                     | item",
      "## The process                             | The process",
      "'- ***Representation*** - The VCS'         | Representation - The VCS",
      "'- **Innovation** - Partners'              | Innovation - Partners",
      "'for details (*is this right?*)'           | for details (is this right?)",
      "'principles of the [Social Value Act](#) are' | principles of the Social Value Act are",
      "'a\u00A0b    c'                            | a b c",
      "'-2018'                                    | -2018",
      "'1. Developing'                            | 1. Developing"})
  void normalisesAsTheCoverageContractSays(String raw, String expected) {
    assertThat(SourceLineCoverage.normalise(raw)).isEqualTo(expected);
  }

  @Test
  void dropsBlankLines() {
    assertThat(SourceLineCoverage.lines("\n  \nA\n\u00A0\n- B\n")).containsExactly("A", "B");
    assertThat(SourceLineCoverage.joined("receive no\n\nfinancial support"))
        .isEqualTo("receive no financial support");
  }

  @Test
  void readsTextsThroughModelGettersOptionalsAndLists() {
    Section section = Section.builder()
        .id("the-process")
        .heading("The process")
        .addParagraphs(Citation.of("The process", "Any complaints are **recorded**."))
        .build();

    assertThat(SourceLineCoverage.texts(section))
        .containsExactlyInAnyOrder("the-process", "The process", "Any complaints are recorded.");
    assertThat(SourceLineCoverage.texts(section, Set.of("getId")))
        .doesNotContain("the-process");
    assertThat(SourceLineCoverage.reachable(section, Citation.class)).hasSize(1);
  }

  @Test
  void readsTheStaffordshireExclusionsInFileOrder() {
    Map<String, String> exclusions = SourceLineCoverage.exclusions(
        "coverage/staffordshire-stoke-compact-2014.excluded.tsv");

    assertThat(exclusions).hasSize(13).containsEntry("Draft",
        "page furniture marking the document a draft: encoded as status DRAFT");
    assertThat(exclusions.keySet()).first().isEqualTo("The partners to this Compact are:");
  }

  @Test
  void refusesAMissingResource() {
    assertThatThrownBy(() -> SourceLineCoverage.resource("coverage/none.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coverage/none.tsv");
  }
}
