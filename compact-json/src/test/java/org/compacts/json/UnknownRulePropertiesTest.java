package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleEvaluator;
import org.compacts.rules.UnknownRule;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Property;
import org.compacts.testkit.UnknownRuleGen;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules of kinds this version does not know, generated with fields of every shape: a lenient
 * read keeps each, warning of it, and writes the document back byte for byte; a strict read
 * refuses each; no check evaluates one.
 */
class UnknownRulePropertiesTest {
  private final CompactJson json = CompactJson.create();

  @TestFactory
  Stream<DynamicTest> aLenientReadKeepsUnknownRulesAndWritesThemBackUnchanged() {
    return Property.forAll("write(readLenient(d)) is d, byte for byte, with one warning per"
        + " unknown rule", gen -> {
          Compact compact = UnknownRuleGen.withUnknownRules(gen, CompactGen.compact(gen));
          String document = json.write(compact);
          ReadResult<Compact> read = json.readLenient(document);
          assertThat(read.getValue()).isEqualTo(compact);
          assertThat(json.write(read.getValue())).isEqualTo(document);
          assertThat(json.writeBytes(read.getValue())).isEqualTo(json.writeBytes(compact));
          assertThat(read.getWarnings()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
              .containsExactlyElementsOf(kinds(compact, "unknown-kind"));
        });
  }

  @TestFactory
  Stream<DynamicTest> aStrictReadRefusesEveryUnknownRule() {
    return Property.forAll("read(d) refuses each unknown rule at its kind", gen -> {
      Compact compact = UnknownRuleGen.withUnknownRules(gen, CompactGen.compact(gen));
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> json.read(json.write(compact)));
      assertThat(e.getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
          .containsExactlyElementsOf(kinds(compact, "unknown-kind"));
    });
  }

  @TestFactory
  Stream<DynamicTest> noCheckEvaluatesAnUnknownRule() {
    return Property.forAll("the findings are those of the compact without its unknown rules",
        gen -> {
          Compact plain = CompactGen.compact(gen);
          Compact newer = UnknownRuleGen.withUnknownRules(gen, plain);
          RuleEvaluator evaluator = RuleEvaluator.create();
          LocalDate asOf = gen.date();
          for (Event event : gen.list(1, 4, () -> EventGen.event(gen))) {
            assertThat(evaluator.prepare(newer).check(event, asOf))
                .isEqualTo(evaluator.prepare(plain).check(event, asOf));
          }
        });
  }

  /** The expected problem of each unknown rule: the code, at its kind. */
  private static List<org.assertj.core.groups.Tuple> kinds(Compact compact, String code) {
    List<org.assertj.core.groups.Tuple> expected = new ArrayList<>();
    List<Rule> rules = compact.getRules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) instanceof UnknownRule) {
        expected.add(org.assertj.core.groups.Tuple.tuple(code, "/rules/" + i + "/kind"));
      }
    }
    return expected;
  }
}
