package org.compacts.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;

/** The rule benchmarks' floor gives the library's answer, so the ratio compares like with like. */
class HandChecksTest {
  private final PreparedCompact library =
      RuleEvaluator.create().prepare(SampleCompacts.leicestershire());
  private final HandChecks hand = new HandChecks(SampleCompacts.leicestershire());

  @Test
  void theFloorOfOneCheckGivesTheLibrarysFindings() {
    assertThat(hand.notice(CheckBenchmarks.oneChange(), CheckBenchmarks.AS_OF))
        .isEqualTo(library.check(CheckBenchmarks.oneChange(), CheckBenchmarks.AS_OF))
        .singleElement().extracting(Finding::getOutcome).isEqualTo(Outcome.MET);
  }

  @Test
  void theFloorOfTheBatchGivesTheLibrarysFindingsForEveryEvent() {
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    for (Event event : CheckBenchmarks.batch()) {
      List<Finding> expected = library.check(event, CheckBenchmarks.AS_OF);
      assertThat(hand.check(event, CheckBenchmarks.AS_OF)).as("%s", event).isEqualTo(expected);
      expected.forEach(f -> outcomes.add(f.getOutcome()));
    }
    assertThat(outcomes).as("the batch reaches every outcome")
        .containsExactlyInAnyOrder(Outcome.values());
  }

  @Test
  void theOutcomeOnlyFloorAgreesOnOutcomeAndDueDate() {
    for (Event event : CheckBenchmarks.batch()) {
      if (event instanceof org.compacts.rules.FundingChange) {
        Finding finding = library.check(event, CheckBenchmarks.AS_OF).get(0);
        CheckBenchmarks.Answer answer =
            CheckBenchmarks.outcome((org.compacts.rules.FundingChange) event);
        assertThat(answer.outcome()).isEqualTo(finding.getOutcome());
        assertThat(java.util.Optional.ofNullable(answer.due())).isEqualTo(finding.getDue());
      }
    }
  }
}
