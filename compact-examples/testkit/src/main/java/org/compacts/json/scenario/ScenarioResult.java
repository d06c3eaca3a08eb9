package org.compacts.json.scenario;

import java.util.List;
import java.util.Objects;
import org.compacts.rules.Finding;

/**
 * What running a scenario gave: the findings, and how they differ from the expected ones.
 *
 * <pre>{@code
 * ScenarioResult result = runner.run(scenario);
 * if (!result.passed()) {
 *   result.mismatches().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ScenarioResult {
  private final Scenario scenario;
  private final List<Finding> findings;
  private final List<String> mismatches;

  ScenarioResult(Scenario scenario, List<Finding> findings, List<String> mismatches) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.findings = List.copyOf(findings);
    this.mismatches = List.copyOf(mismatches);
  }

  /** The scenario. */
  public Scenario scenario() {
    return scenario;
  }

  /** The findings the check gave. */
  public List<Finding> findings() {
    return findings;
  }

  /** One sentence per difference from what the scenario expects; empty when it passed. */
  public List<String> mismatches() {
    return mismatches;
  }

  /** Whether the findings are as expected. */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /** The scenario and its mismatches, one per line. */
  public String describe() {
    StringBuilder sb = new StringBuilder(scenario.toString());
    sb.append(passed() ? ": passed" : ":");
    for (String mismatch : mismatches) {
      sb.append(System.lineSeparator()).append("  ").append(mismatch);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
