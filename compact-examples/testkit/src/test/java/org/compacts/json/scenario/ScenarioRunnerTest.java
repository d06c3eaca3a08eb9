package org.compacts.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.compacts.json.CompactJson;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.FundingChange;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.Outcome;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
  private static final Compact EXAMPLE = Compact.builder()
      .id("exampleshire-compact").title("Exampleshire Compact").kind(CompactKind.COMPACT)
      .area("Exampleshire").status(CompactStatus.ADOPTED)
      .addRules(
          MinimumNoticeRule.builder().id("notice").modality(Modality.WILL)
              .period(TimeSpan.of(3, TimeSpanUnit.MONTHS)).addChanges(ChangeKind.CESSATION)
              .addArrangements(Arrangement.GRANT).givenBy(Sector.PUBLIC)
              .givenTo(Sector.VOLUNTARY_COMMUNITY)
              .source(Citation.of("1", "Three months notice.")).build(),
          FullCostRecoveryRule.builder().id("full-cost").modality(Modality.WILL)
              .addArrangements(Arrangement.GRANT).recipient(Sector.VOLUNTARY_COMMUNITY)
              .source(Citation.of("2", "Full cost recovery.")).build())
      .build();

  private static final String CESSATION = "{\"type\": \"funding-change\", \"change\":"
      + " \"cessation\", \"arrangement\": \"grant\", \"decidedBy\": \"public\", \"affects\":"
      + " [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\", \"takesEffectOn\":"
      + " \"2025-03-31\"}";

  @TempDir
  Path dir;

  private final ScenarioRunner runner = ScenarioRunner.create(
      id -> id.equals(EXAMPLE.getId()) ? Optional.of(EXAMPLE) : Optional.empty());

  private Path file(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static String scenario(String compact, String asOf, String event, String expect) {
    return "{\"name\": \"a scenario\", " + compact + ", \"asOf\": \"" + asOf + "\", \"event\": "
        + event + ", \"expect\": " + expect + "}";
  }

  private static String sample() {
    return "\"compact\": \"exampleshire-compact\"";
  }

  @Test
  void readsAScenarioWithEveryField() throws IOException {
    Path file = file("one.json", scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\", \"due\": \"2024-12-31\","
            + " \"reasonContains\": [\"2025-03-31\"]}]"));
    Scenario scenario = runner.read(file).get(0);
    assertThat(scenario.name()).isEqualTo("a scenario");
    assertThat(scenario.file()).isEqualTo(file);
    assertThat(scenario.index()).isZero();
    assertThat(scenario.sampleId()).contains("exampleshire-compact");
    assertThat(scenario.compactFile()).isEmpty();
    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(scenario.event()).isInstanceOf(FundingChange.class);
    assertThat(scenario.expected()).containsExactly(Expectation.of("notice", Outcome.MET)
        .withDue(LocalDate.of(2024, 12, 31)).withReasonContaining(List.of("2025-03-31")));
    ScenarioResult result = runner.run(scenario);
    assertThat(result.passed()).as(result.describe()).isTrue();
    assertThat(result.findings()).hasSize(1);
  }

  @Test
  void aFileMayHoldAnArrayOfScenarios() throws IOException {
    Path file = file("many.json", "[" + scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\"}]") + ", " + scenario(sample(),
        "2025-01-06", CESSATION.replace("2024-12-31", "2025-01-01"),
        "[{\"rule\": \"notice\", \"outcome\": \"not-met\"}]") + "]");
    List<Scenario> scenarios = runner.read(file);
    assertThat(scenarios).extracting(Scenario::index).containsExactly(0, 1);
    assertThat(scenarios).allSatisfy(s -> assertThat(runner.run(s).passed()).isTrue());
  }

  @Test
  void aWrongOutcomeDueDateOrReasonIsAMismatch() throws IOException {
    Path file = file("wrong.json", scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"not-met\", \"due\": \"2025-01-01\","
            + " \"reasonContains\": [\"1999-01-01\"]}]"));
    ScenarioResult result = runner.run(runner.read(file).get(0));
    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).containsExactly(
        "notice: expected not-met, got met (" + result.findings().get(0).getReason() + ")",
        "notice: expected due 2025-01-01, got due 2024-12-31",
        "notice: expected the reason to contain '1999-01-01', but it is: "
            + result.findings().get(0).getReason());
    assertThat(result.describe()).startsWith(file + " [0] a scenario:");
  }

  @Test
  void aDueOfNullExpectsNoDueDate() throws IOException {
    String award = "{\"type\": \"funding-award\", \"arrangement\": \"grant\", \"awardedBy\":"
        + " \"public\", \"recipientSector\": \"voluntary-community\", \"startsOn\":"
        + " \"2025-04-01\", \"endsOn\": \"2026-03-31\", \"fullCostRecovery\": true}";
    Path ok = file("ok.json", scenario(sample(), "2025-01-06", award,
        "[{\"rule\": \"full-cost\", \"outcome\": \"met\", \"due\": null}]"));
    assertThat(runner.run(runner.read(ok).get(0)).passed()).isTrue();
    Path wrong = file("wrong.json", scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\", \"due\": null}]"));
    assertThat(runner.run(runner.read(wrong).get(0)).mismatches())
        .containsExactly("notice: expected no due date, got due 2024-12-31");
  }

  @Test
  void theRulesMustBeExactlyThoseThatReadTheEventInTheCompactsOrder() throws IOException {
    Path extra = file("extra.json", scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\"},"
            + " {\"rule\": \"full-cost\", \"outcome\": \"met\"}]"));
    assertThat(runner.run(runner.read(extra).get(0)).mismatches()).containsExactly(
        "expected findings for the rules [notice, full-cost], in this order, but the check"
            + " gave findings for [notice]");
    Path none = file("none.json", scenario(sample(), "2025-01-06", CESSATION, "[]"));
    assertThat(runner.run(runner.read(none).get(0)).mismatches()).containsExactly(
        "expected findings for the rules [], in this order, but the check gave findings for"
            + " [notice]");
  }

  @Test
  void aCompactFileIsResolvedAgainstTheScenarioFile() throws IOException {
    Files.createDirectories(dir.resolve("scenarios/compacts"));
    CompactJson.create().write(EXAMPLE, dir.resolve("scenarios/compacts/example.json"));
    Path file = file("scenarios/by-file.json", scenario(
        "\"compactFile\": \"compacts/../compacts/example.json\"", "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\"}]"));
    Scenario scenario = runner.read(file).get(0);
    assertThat(scenario.compactFile()).contains(dir.resolve("scenarios/compacts/example.json")
        .toAbsolutePath().normalize());
    assertThat(runner.run(scenario).passed()).isTrue();
  }

  @Test
  void theEvaluatorIsConfigurable() throws IOException {
    Compact workingDays = EXAMPLE.withRules(((MinimumNoticeRule) EXAMPLE.getRules().get(0))
        .withPeriod(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)));
    ScenarioRunner weekends = ScenarioRunner.create(id -> Optional.of(workingDays))
        .withEvaluator(RuleEvaluator.create().withCalendar(HolidayCalendar.weekendsOnly()))
        .withJson(CompactJson.create());
    String boxingDay = CESSATION.replace("2024-12-31", "2025-12-24")
        .replace("2025-03-31", "2025-12-26");
    Path file = file("calendar.json", scenario(sample(), "2025-12-01", boxingDay,
        "[{\"rule\": \"notice\", \"outcome\": \"met\", \"due\": \"2025-12-25\"}]"));
    assertThat(weekends.run(weekends.read(file).get(0)).passed()).isTrue();
    assertThat(runner.withEvaluator(RuleEvaluator.create()).read(file)).hasSize(1);
  }

  @Test
  void badScenariosAreRefusedWithTheirFileAndPointer() throws IOException {
    assertRefused("[]", "", "the file holds no scenario");
    assertRefused("{\"name\": ", "", "not a JSON document");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION, "[]")
        .replace("\"expect\"", "\"expects\""), "/expects", "unknown field 'expects'");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION, "[]")
        .replace("\"name\": \"a scenario\", ", ""), "/name", "must be a non-blank string");
    assertRefused(scenario(sample() + ", \"compactFile\": \"x.json\"", "2025-01-06", CESSATION,
        "[]"), "", "exactly one of \"compact\"");
    assertRefused(scenario(sample(), "2025-13-01", CESSATION, "[]"), "/asOf",
        "'2025-13-01' is not a date");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"breached\"}]"), "/expect/0/outcome",
        "unknown outcome 'breached'; expected one of met, not-met, exempt, not-applicable,"
            + " pending");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\", \"why\": 1}]"), "/expect/0/why",
        "unknown field 'why' in an expected finding");
    assertRefused("[" + scenario(sample(), "2025-01-06", "{\"type\": \"funding-application\"}",
        "[]") + "]", "/0/event/type", "funding-application");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION.replace("2024-12-31",
        "2024-12-32"), "[]"), "/event/noticeGivenOn", "");
    assertRefused(scenario(sample(), "2025-01-06", "[]", "[]"), "/event",
        "must be an event object");
    assertRefused(scenario(sample(), "2025-01-06", CESSATION, "{}"), "/expect",
        "must be an array");
  }

  @Test
  void aCompactThatCannotBeFoundIsRefused() throws IOException {
    Path unknown = file("unknown.json", "[" + scenario("\"compact\": \"nowhere-compact\"",
        "2025-01-06", CESSATION, "[]") + "]");
    Scenario scenario = runner.read(unknown).get(0);
    assertThatThrownBy(() -> runner.run(scenario)).isInstanceOf(ScenarioException.class)
        .hasMessage(unknown + ": /0/compact: no sample compact has the id 'nowhere-compact'");
    Path missing = file("missing.json", scenario("\"compactFile\": \"nope.json\"",
        "2025-01-06", CESSATION, "[]"));
    assertThatThrownBy(() -> runner.run(runner.read(missing).get(0)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(missing + ": /compactFile: cannot read the compact document");
    file("bad-compact.json", "{\"formatVersion\": \"1.0\", \"id\": \"Not A Slug\"}");
    Path bad = file("bad.json", scenario("\"compactFile\": \"bad-compact.json\"",
        "2025-01-06", CESSATION, "[]"));
    assertThatThrownBy(() -> runner.run(runner.read(bad).get(0)))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(bad + ": /compactFile: the compact document 'bad-compact.json' is not a"
            + " valid compact document: 4 problems, the first (missing-field) at line 1, column 1");
  }

  @Test
  void aFolderBecomesOneContainerPerFileAndOneTestPerScenario() throws Throwable {
    file("a/pass.json", "[" + scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"met\"}]") + "]");
    file("b/fail.json", scenario(sample(), "2025-01-06", CESSATION,
        "[{\"rule\": \"notice\", \"outcome\": \"pending\"}]"));
    file("c/broken.json", "{");
    file("c/ignored.txt", "not a scenario");
    List<DynamicNode> nodes = ScenarioTests.in(dir, runner).collect(Collectors.toList());
    assertThat(nodes).extracting(DynamicNode::getDisplayName)
        .containsExactly("a/pass.json", "b/fail.json", "c/broken.json (unreadable)");

    List<DynamicTest> tests = new ArrayList<>();
    for (DynamicNode node : nodes.subList(0, 2)) {
      ((DynamicContainer) node).getChildren().forEach(n -> tests.add((DynamicTest) n));
    }
    tests.get(0).getExecutable().execute();
    assertThat(tests.get(1).getDisplayName()).isEqualTo("a scenario");
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("notice: expected pending, got met");
    assertThatThrownBy(() -> ((DynamicTest) nodes.get(2)).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("broken.json: not a JSON document");
  }

  @Test
  void aFolderWithoutScenariosIsAnError() throws IOException {
    assertThatThrownBy(() -> ScenarioTests.in(dir, runner))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No scenario files");
    assertThatThrownBy(() -> runner.files(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No scenario folder");
  }

  private void assertRefused(String json, String pointer, String message) throws IOException {
    Path file = file("refused.json", json);
    assertThatThrownBy(() -> runner.read(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(message)
        .satisfies(e -> {
          assertThat(((ScenarioException) e).getFile()).isEqualTo(file);
          assertThat(((ScenarioException) e).getPointer()).isEqualTo(pointer);
        });
  }
}
