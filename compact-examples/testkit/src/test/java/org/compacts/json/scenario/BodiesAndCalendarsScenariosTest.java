package org.compacts.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios of governance bodies whose seats must add up, and of working days counted by a
 * holiday calendar up to, and not past, the years it covers.
 */
class BodiesAndCalendarsScenariosTest {
  private final ScenarioRunner runner = ScenarioRunner.create(id -> Optional.empty());

  private static Path folder() throws URISyntaxException {
    return Path.of(BodiesAndCalendarsScenariosTest.class
        .getResource("/scenarios/bodies-and-calendars").toURI());
  }

  @TestFactory
  Stream<DynamicNode> scenarios() throws URISyntaxException {
    return ScenarioTests.in(folder(), runner);
  }

  @Test
  void theFilesHoldARefusalForEachCaseAndFindingsBesideThem()
      throws IOException, URISyntaxException {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : runner.files(folder())) {
      scenarios.addAll(runner.read(file));
    }
    assertThat(scenarios).hasSize(11);
    assertThat(scenarios).filteredOn(s -> s.expectedError().isPresent())
        .extracting(s -> s.expectedError().get().code())
        .containsExactlyInAnyOrder("calendar-coverage", "calendar-coverage",
            "calendar-coverage", "calendar-coverage", "seat-count");
    assertThat(scenarios).filteredOn(s -> s.division().isPresent()).hasSize(3);
  }
}
