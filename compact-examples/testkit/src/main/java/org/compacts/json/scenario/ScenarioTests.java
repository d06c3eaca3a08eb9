package org.compacts.json.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a folder of scenario files into JUnit 5 dynamic tests: one container per file, one
 * test per scenario, failing with every mismatch. A file that cannot be read becomes one
 * failing test, so the other files still run. Needs {@code junit-jupiter-api} on the class
 * path (an optional dependency of this module).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *   return ScenarioTests.in(Path.of("src/test/resources/scenarios"),
 *       ScenarioRunner.create(SampleCompacts::byId));
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /**
   * Returns the dynamic tests of every scenario file under a folder.
   *
   * @param folder the folder, searched at any depth for {@code .json} files
   * @param runner the runner that resolves sample ids and checks
   * @return one container per file
   * @throws UncheckedIOException if the folder cannot be walked
   * @throws IllegalArgumentException if the folder is not a directory
   */
  public static Stream<DynamicNode> in(Path folder, ScenarioRunner runner) {
    List<Path> files;
    try {
      files = runner.files(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the scenario folder " + folder, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No scenario files (*.json) under " + folder);
    }
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path file : files) {
      nodes.add(container(folder, file, runner));
    }
    return nodes.stream();
  }

  private static DynamicNode container(Path folder, Path file, ScenarioRunner runner) {
    String name = folder.relativize(file).toString().replace('\\', '/');
    List<Scenario> scenarios;
    try {
      scenarios = runner.read(file);
    } catch (IOException | ScenarioException e) {
      return DynamicTest.dynamicTest(name + " (unreadable)", file.toUri(), () -> {
        throw new AssertionError(e.getMessage(), e);
      });
    }
    List<DynamicNode> tests = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      tests.add(DynamicTest.dynamicTest(scenario.name(), file.toUri(), () -> {
        ScenarioResult result = runner.run(scenario);
        if (!result.passed()) {
          throw new AssertionError(result.describe());
        }
      }));
    }
    return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
  }
}
