package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.compacts.json.scenario.Expectation;
import org.compacts.json.scenario.Scenario;
import org.compacts.json.scenario.ScenarioRunner;
import org.compacts.json.scenario.ScenarioTests;
import org.compacts.model.Compact;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.Outcome;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the scenario files of the samples, and checks that they cover every rule. */
class SampleScenariosTest {
  /** The outcomes each rule kind can give (DESIGN section 3). */
  private static final Map<String, Set<Outcome>> OUTCOMES = Map.of(
      MinimumNoticeRule.KIND, EnumSet.allOf(Outcome.class),
      MinimumConsultationRule.KIND, EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.EXEMPT,
          Outcome.NOT_APPLICABLE),
      ConsultationFeedbackRule.KIND, EnumSet.of(Outcome.MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE),
      MinimumTermRule.KIND, EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE),
      FullCostRecoveryRule.KIND, EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE),
      StageTimeLimitRule.KIND, EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE),
      RecurrenceRule.KIND, EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE));

  private final ScenarioRunner runner = ScenarioRunner.create(SampleCompacts::byId);

  @TestFactory
  Stream<DynamicNode> scenarios() throws URISyntaxException {
    return ScenarioTests.in(folder(), runner);
  }

  @Test
  void everyQuantifiedRuleOfTheSamplesHasAScenarioForEveryOutcomeItCanGive()
      throws IOException, URISyntaxException {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : runner.files(folder())) {
      scenarios.addAll(runner.read(file));
    }
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);

    Map<String, Set<Outcome>> covered = new HashMap<>();
    for (Scenario scenario : scenarios) {
      for (Expectation expected : scenario.expected()) {
        covered.computeIfAbsent(scenario.sampleId().orElseThrow() + "/" + expected.rule(),
            k -> EnumSet.noneOf(Outcome.class)).add(expected.outcome());
      }
    }
    for (Compact compact : SampleCompacts.all()) {
      for (Rule rule : compact.getRules()) {
        assertThat(covered.get(compact.getId() + "/" + rule.getId()))
            .as("outcomes covered for rule %s of %s", rule.getId(), compact.getId())
            .isEqualTo(OUTCOMES.get(rule.kind()));
      }
    }
  }

  @Test
  void everySampleHasScenarios() throws IOException, URISyntaxException {
    List<String> named = new ArrayList<>();
    for (Path file : runner.files(folder())) {
      runner.read(file).forEach(s -> named.add(s.sampleId().orElseThrow()));
    }
    assertThat(named).containsAll(SampleCompacts.ids());
  }

  private Path folder() throws URISyntaxException {
    return Path.of(SampleScenariosTest.class.getResource("/scenarios").toURI());
  }
}
