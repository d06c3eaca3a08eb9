package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Qualifier;
import org.compacts.model.Undertaking;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SampleCompactsTest {
  /** The words that carry each qualifier in the texts. */
  private static final Map<Qualifier, List<String>> QUALIFIER_WORDS = Map.of(
      Qualifier.WHERE_POSSIBLE, List.of("where possible", "wherever possible"),
      Qualifier.WHERE_LEGALLY_POSSIBLE, List.of("where legally possible"),
      Qualifier.WHERE_APPROPRIATE, List.of("where appropriate", "as appropriate"),
      Qualifier.WHERE_RELEVANT, List.of("where relevant"),
      Qualifier.WHERE_APPLICABLE, List.of("where applicable"),
      Qualifier.WHERE_NEEDED, List.of("where needed"));

  @Test
  void listsTheSamplesInTheOrderOfTheDesignTable() {
    assertThat(SampleCompacts.ids()).containsExactly("tamworth-vcse-pledge-2022",
        "sandwell-compact-2019", "staffordshire-stoke-compact-2014", "south-gloucestershire-compact",
        "leicestershire-compact");
    assertThat(SampleCompacts.all()).extracting(Compact::getId)
        .containsExactlyElementsOf(SampleCompacts.ids());
    assertThat(SampleCompacts.all()).containsExactly(SampleCompacts.tamworth(),
        SampleCompacts.sandwell(), SampleCompacts.staffordshireStoke(),
        SampleCompacts.southGloucestershire(),
        SampleCompacts.leicestershire());
  }

  @Test
  void theShippedIndexGivesEachSamplesTitleInOrder() {
    Map<String, String> expected = new LinkedHashMap<>();
    SampleCompacts.all().forEach(c -> expected.put(c.getId(), c.getTitle()));
    assertThat(SampleCompacts.titles()).containsExactlyEntriesOf(expected);
    assertThat(SampleCompacts.titles().keySet()).containsExactlyElementsOf(SampleCompacts.ids());
    assertThatThrownBy(() -> SampleCompacts.titles().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsEachSampleByIdAndNothingElse() {
    for (Compact c : SampleCompacts.all()) {
      assertThat(SampleCompacts.byId(c.getId())).containsSame(c);
    }
    assertThat(SampleCompacts.byId("staffordshire")).isEmpty();
    assertThat(SampleCompacts.byId("staffordshire-stoke-compact-2014"))
        .containsSame(SampleCompacts.staffordshireStoke());
    assertThat(SampleCompacts.byId("Sandwell-Compact-2019")).isEmpty();
    assertThatThrownBy(() -> SampleCompacts.byId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void buildsEachSampleOnceAndHandsOutTheSameValue() {
    assertThat(SampleCompacts.sandwell()).isSameAs(SampleCompacts.sandwell());
    assertThat(SampleCompacts.all()).isSameAs(SampleCompacts.all());
    assertThat(SampleCompacts.leicestershire()).isEqualTo(LeicestershireCompact.compact())
        .isNotSameAs(LeicestershireCompact.compact());
    assertThatThrownBy(() -> SampleCompacts.all().add(SampleCompacts.tamworth()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @TestFactory
  Stream<DynamicTest> everySamplePassesTheValidator() {
    return SampleCompacts.all().stream().map(c -> dynamicTest(c.getId(),
        () -> assertThat(CompactValidator.create().validate(c)).isEmpty()));
  }

  /**
   * The other direction of the coverage test: what a sample quotes stands in its source.
   * Citation texts are verbatim, letter for letter; other texts (names, titles, labels) may
   * differ in case only. A related document's relation is ours, not the source's.
   */
  @TestFactory
  Stream<DynamicTest> everyTextOfASampleStandsInItsSource() {
    return SampleCompacts.all().stream().map(c -> dynamicTest(c.getId(), () -> {
      String source = SourceLines.joinedSample(c.getId());
      String lowerSource = source.toLowerCase(Locale.ROOT);
      List<String> notInSource = new ArrayList<>();
      for (Citation citation : SourceLineCoverage.reachable(c, Citation.class)) {
        String text = SourceLineCoverage.normalise(citation.getText());
        if (!source.contains(text)) {
          notInSource.add("citation [" + citation.getClause() + "]: " + text);
        }
      }
      Set<String> ours = new HashSet<>(TextFields.REFERENCES);
      ours.add("getRelation");
      // An undertaking names its codes of practice by id.
      Set<String> codeIds = c.getCodesOfPractice().stream().map(k -> k.getId())
          .collect(Collectors.toSet());
      for (String text : SourceLineCoverage.texts(c, ours)) {
        if (!codeIds.contains(text) && !lowerSource.contains(text.toLowerCase(Locale.ROOT))) {
          notInSource.add(text);
        }
      }
      assertThat(notInSource).isEmpty();
    }));
  }

  /** "where possible" in an undertaking's words is a qualifier of it, and only then. */
  @TestFactory
  Stream<DynamicTest> everyUndertakingCarriesTheQualifiersItsWordsState() {
    return SampleCompacts.all().stream().map(c -> dynamicTest(c.getId(), () -> {
      for (Undertaking u : c.getUndertakings()) {
        String words = u.getSource().getText().toLowerCase(Locale.ROOT);
        Set<Qualifier> stated = EnumSet.noneOf(Qualifier.class);
        QUALIFIER_WORDS.forEach((q, phrases) -> {
          if (phrases.stream().anyMatch(words::contains)) {
            stated.add(q);
          }
        });
        assertThat(u.getQualifiers()).as(u.getId()).containsExactlyInAnyOrderElementsOf(stated);
      }
    }));
  }
}
