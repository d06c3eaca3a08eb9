package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.compacts.model.Actor;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Undertaking;
import org.junit.jupiter.api.Test;

/** The coverage check itself, on a small compact made for the purpose. */
class CoverageTest {
  private static final Compact COMPACT = Compact.builder()
      .id("tiny-compact")
      .title("Tiny Compact")
      .kind(CompactKind.COMPACT)
      .area("Tinyshire")
      .status(CompactStatus.ADOPTED)
      .addObjectives(Objective.builder().id("better-services").label("4(ii)")
          .title("Better services").build())
      .addUndertakings(
          undertaking("recognise", "c", "We recognise the role."),
          undertaking("engage", "c", "We will do our best to engage."),
          undertaking("other", "d", "We will be fair."))
      .build();

  private static Undertaking undertaking(String id, String clause, String text) {
    return Undertaking.builder().id(id).actor(Actor.PLEDGING_BODY).modality(Modality.WILL)
        .source(Citation.of(clause, text)).build();
  }

  private static Coverage.Report check(String source, Map<String, String> exclusions) {
    return Coverage.check(COMPACT, SourceLines.of(source), exclusions);
  }

  @Test
  void acceptsALineHeldInOneTextOrPartOfOne() {
    Coverage.Report report = check("Tiny Compact\nthe role.\nTinyshire", Map.of());
    assertThat(report.problems()).isEmpty();
    assertThat(report.figure()).isEqualTo("tiny-compact: 3/3 lines (0 excluded)");
  }

  @Test
  void acceptsALabelFollowedByEveryTextCitingIt() {
    assertThat(check("- c. We recognise the role. We will do our best to engage.\n"
        + "d: We will be fair.", Map.of()).problems()).isEmpty();
  }

  @Test
  void refusesAnObjectivesLabelBeforeItsTitle() {
    assertThat(check("4(ii) Better services", Map.of()).problems()).hasSize(1);
  }

  @Test
  void refusesALabelledLineWithWordsNoTextHolds() {
    assertThat(check("c. We recognise the role. We will try.", Map.of()).problems())
        .containsExactly("not encoded and not excluded: line 1: c. We recognise the role."
            + " We will try.");
  }

  @Test
  void refusesTextsJoinedUnderAnotherLabel() {
    assertThat(check("d. We recognise the role. We will be fair.", Map.of()).problems())
        .hasSize(1);
  }

  @Test
  void doesNotCountIdsAsText() {
    assertThat(check("other", Map.of()).problems())
        .containsExactly("not encoded and not excluded: line 1: other");
  }

  @Test
  void countsExcludedLinesAndRefusesBadExclusions() {
    Coverage.Report report = check("Tiny Compact\nPage 2\nPage 2", Map.of(
        "Page 2", "page furniture",
        "Tiny Compact", "the title",
        "Page 3", "page furniture"));
    assertThat(report.figure()).isEqualTo("tiny-compact: 3/3 lines (3 excluded)");
    assertThat(report.problems()).containsExactlyInAnyOrder(
        "excluded but encoded (drop it from the exclusions): Tiny Compact",
        "excluded but not a line of the source: Page 3");
  }
}
