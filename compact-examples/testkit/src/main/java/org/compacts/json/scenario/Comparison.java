package org.compacts.json.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compacts.rules.Finding;

/** Compares findings with a scenario's expectations, one sentence per difference. */
final class Comparison {
  private Comparison() {}

  static List<String> mismatches(Scenario scenario, List<Finding> findings) {
    List<String> mismatches = new ArrayList<>();
    List<String> expectedRules = new ArrayList<>();
    scenario.expected().forEach(e -> expectedRules.add(e.rule()));
    List<String> actualRules = new ArrayList<>();
    findings.forEach(f -> actualRules.add(f.getRule()));
    if (!expectedRules.equals(actualRules)) {
      mismatches.add("expected findings for the rules " + expectedRules + ", in this order, but"
          + " the check gave findings for " + actualRules);
    }
    for (Expectation expected : scenario.expected()) {
      Finding finding = find(findings, expected.rule());
      if (finding == null) {
        continue;
      }
      if (finding.getOutcome() != expected.outcome()) {
        mismatches.add(expected.rule() + ": expected " + Outcomes.name(expected.outcome())
            + ", got " + Outcomes.name(finding.getOutcome()) + " (" + finding.getReason() + ")");
      }
      if (expected.dueStated()) {
        LocalDate due = finding.getDue().orElse(null);
        LocalDate want = expected.due().orElse(null);
        if (want == null ? due != null : !want.equals(due)) {
          mismatches.add(expected.rule() + ": expected " + (want == null ? "no due date"
              : "due " + want) + ", got " + (due == null ? "no due date" : "due " + due));
        }
      }
      for (String words : expected.reasonContains()) {
        if (!finding.getReason().contains(words)) {
          mismatches.add(expected.rule() + ": expected the reason to contain '" + words
              + "', but it is: " + finding.getReason());
        }
      }
    }
    return mismatches;
  }

  private static Finding find(List<Finding> findings, String rule) {
    for (Finding finding : findings) {
      if (finding.getRule().equals(rule)) {
        return finding;
      }
    }
    return null;
  }
}
