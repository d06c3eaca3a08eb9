package org.compacts.samples;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.compacts.json.scenario.ScenarioRunner;
import org.compacts.json.scenario.ScenarioTests;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.HolidayCalendar;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The README's scenario test factory as printed, run over the samples' own scenario folder. */
class ScenarioReadmeExampleTest {
  private final HolidayCalendar myCalendar = HolidayCalendar.englandAndWales();

  @TestFactory
  Stream<DynamicNode> scenarios() {
    ScenarioRunner runner = ScenarioRunner.create(SampleCompacts::byId)   // or id -> Optional.empty()
        .withEvaluator(RuleEvaluator.create().withCalendar(myCalendar));   // optional
    return ScenarioTests.in(Path.of("src/test/resources/scenarios"), runner);
  }
}
