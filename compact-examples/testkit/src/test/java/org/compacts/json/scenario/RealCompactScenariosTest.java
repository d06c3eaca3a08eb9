package org.compacts.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.compacts.rules.Outcome;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios of the rules real compacts state beyond the five samples (DESIGN 3.1 and 3.2):
 * notice requirements, shorter consultations with a reason, onlyWhen tags, empty sets, awards
 * without an end date, and the two payment kinds, with their boundary days.
 */
class RealCompactScenariosTest {
  /** Each rule of the compact documents, and every outcome it can give. */
  private static final Map<String, Set<Outcome>> OUTCOMES = Map.of(
      "three-months-written-notice", EnumSet.allOf(Outcome.class),
      "twelve-week-consultation", EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.EXEMPT,
          Outcome.NOT_APPLICABLE),
      "feedback-on-major-changes", EnumSet.of(Outcome.MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE),
      "three-year-grants", EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.PENDING,
          Outcome.NOT_APPLICABLE),
      "grants-paid-in-advance", EnumSet.allOf(Outcome.class),
      "invoices-within-5-working-days", EnumSet.of(Outcome.MET, Outcome.NOT_MET,
          Outcome.PENDING, Outcome.NOT_APPLICABLE),
      "paid-within-14-days-of-agreed-date", EnumSet.of(Outcome.MET, Outcome.NOT_MET,
          Outcome.PENDING, Outcome.NOT_APPLICABLE));

  private final ScenarioRunner runner = ScenarioRunner.create(id -> Optional.empty());

  @TestFactory
  Stream<DynamicNode> scenarios() throws URISyntaxException {
    return ScenarioTests.in(folder(), runner);
  }

  @Test
  void everyRuleHasAScenarioForEveryOutcomeItCanGive() throws IOException, URISyntaxException {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : runner.files(folder())) {
      scenarios.addAll(runner.read(file));
    }
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(45);
    Map<String, Set<Outcome>> covered = new HashMap<>();
    for (Scenario scenario : scenarios) {
      for (Expectation expected : scenario.expected()) {
        covered.computeIfAbsent(expected.rule(), k -> EnumSet.noneOf(Outcome.class))
            .add(expected.outcome());
      }
    }
    assertThat(covered).isEqualTo(OUTCOMES);
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(RealCompactScenariosTest.class.getResource("/scenarios/real-compacts").toURI());
  }
}
