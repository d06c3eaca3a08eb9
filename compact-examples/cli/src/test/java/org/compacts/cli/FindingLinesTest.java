package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compacts.json.CompactJson;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** Finding lines are each finding written alone, as the mapper writes it, one a line. */
class FindingLinesTest {
  private static final ObjectWriter ALONE =
      CompactJson.create().mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final String[] ODD =
      {"\"", "\\", "\n", "\t", "\u0001", "\u2028", "’", "é", "/"};

  @TestFactory
  Stream<DynamicTest> theSamplesFindingsAreWrittenAsAlone() {
    List<Compact> withRules = SampleCompacts.all().stream()
        .filter(c -> !c.getRules().isEmpty()).collect(Collectors.toList());
    return Property.forAll("a sample's findings are written as each alone", gen -> {
      Compact compact = gen.pick(withRules);
      PreparedCompact prepared = RuleEvaluator.create().prepare(compact);
      List<Finding> findings = new ArrayList<>();
      int events = gen.between(0, 6);
      for (int i = 0; i < events; i++) {
        findings.addAll(prepared.check(EventGen.forRule(gen, gen.pick(compact.getRules())),
            EventGen.day(gen)));
      }
      assertThat(lines(findings)).isEqualTo(alone(findings));
    });
  }

  @TestFactory
  Stream<DynamicTest> citationsThatNeedEscapesAreWrittenAsAlone() {
    return Property.forAll("findings citing text to escape are written as each alone", gen -> {
      List<Citation> citations = gen.list(1, 3, () -> Citation.of(odd(gen), odd(gen)));
      List<Finding> findings = gen.list(0, 8, () -> finding(gen, gen.pick(citations)));
      assertThat(lines(findings)).isEqualTo(alone(findings));
    });
  }

  @Test
  void noFindingsWriteNothing() {
    assertThat(lines(List.of())).isEmpty();
  }

  private static String lines(List<Finding> findings) {
    StringWriter text = new StringWriter();
    try (FindingLines lines = Json.shared().findingLines(new PrintWriter(text))) {
      findings.forEach(lines::write);
    }
    return text.toString();
  }

  private static String alone(List<Finding> findings) {
    return findings.stream().map(f -> ALONE.writeValueAsString(f) + System.lineSeparator())
        .collect(Collectors.joining());
  }

  private static Finding finding(Gen gen, Citation source) {
    return Finding.builder().compact(gen.slug()).rule(gen.slug()).kind("minimum-notice")
        .outcome(gen.pick(Outcome.class)).modality(gen.pick(Modality.class))
        .reason(odd(gen)).source(source).build();
  }

  private static String odd(Gen gen) {
    StringBuilder text = new StringBuilder(gen.word());
    int parts = gen.between(0, 4);
    for (int i = 0; i < parts; i++) {
      text.append(gen.bool() ? gen.pick(ODD) : " " + gen.word());
    }
    return text.toString();
  }
}
