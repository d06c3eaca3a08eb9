package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void reportsUnaccountedStaleAndNeedlessExclusions() {
    String source = "Heading\n\nFirst line.\nSecond line.\nDraft\n";
    Map<String, String> exclusions = Map.of(
        "Heading", "a heading", "First line.", "needless", "Gone", "no longer in the source");

    SourceLineCoverage.Report report = SourceLineCoverage.check("sample", source, exclusions,
        List.of("The First line. of it"));

    assertThat(report.covered()).isEmpty();
    assertThat(report.excluded()).containsExactly("Heading", "First line.");
    assertThat(report.unaccounted()).containsExactly("Second line.", "Draft");
    assertThat(report.staleExclusions()).containsExactly("Gone");
    assertThat(report.coveredButExcluded()).containsExactly("First line.");
    assertThat(report.summary()).isEqualTo(
        "sample: 0/4 lines covered, 2 excluded, 2 unaccounted");
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
