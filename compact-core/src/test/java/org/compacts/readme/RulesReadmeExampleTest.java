package org.compacts.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.CheckResult;
import org.compacts.rules.Event;
import org.compacts.rules.Exemption;
import org.compacts.rules.Finding;
import org.compacts.rules.FundingChange;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.Outcome;
import org.compacts.rules.Payment;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

/** The README's example of checking events, kept compiling and true. */
class RulesReadmeExampleTest {
  @Test
  void checkingAnEvent() {
    Compact compact = Compact.builder()
        .id("exampleshire-compact").title("Exampleshire Compact").kind(CompactKind.COMPACT)
        .area("Exampleshire").status(CompactStatus.ADOPTED)
        .addRules(MinimumNoticeRule.builder().id("three-months-notice").modality(Modality.WILL)
            .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
            .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
            .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
            .givenBy(Sector.PUBLIC).givenTo(Sector.VOLUNTARY_COMMUNITY)
            .addExemptions(Exemption.AGREED_END_DATE)
            .source(Citation.of("Principles", "A minimum of three months notice ..."))
            .build())
        .build();

    FundingChange ending = FundingChange.builder()
        .change(ChangeKind.CESSATION).arrangement(Arrangement.GRANT)
        .decidedBy(Sector.PUBLIC).addAffects(Sector.VOLUNTARY_COMMUNITY)
        .noticeGivenOn(LocalDate.of(2025, 1, 2))
        .takesEffectOn(LocalDate.of(2025, 3, 31))
        .build();
    Payment payment = Payment.builder().arrangement(Arrangement.GRANT).paidBy(Sector.PUBLIC)
        .paidTo(Sector.VOLUNTARY_COMMUNITY).paidOn(LocalDate.of(2025, 1, 3)).build();

    RuleEvaluator evaluator = RuleEvaluator.create();      // standard kinds, England and Wales
    Finding finding = evaluator.check(compact, ending, LocalDate.of(2025, 1, 6)).get(0);
    finding.getOutcome();   // NOT_MET
    finding.getDue();       // Optional[2024-12-31]
    finding.getReason();    // Notice was given on 2025-01-02, after 2024-12-31, 3 months before
                            // the cessation takes effect on 2025-03-31.

    assertThat(finding.getOutcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(finding.getDue()).contains(LocalDate.of(2024, 12, 31));
    assertThat(finding.getReason()).isEqualTo("Notice was given on 2025-01-02, after"
        + " 2024-12-31, 3 months before the cessation takes effect on 2025-03-31.");

    List<Event> events = List.of(ending, ending.withNoticeGivenOn(LocalDate.of(2024, 12, 1)),
        payment, payment);
    PreparedCompact prepared = evaluator.prepare(compact); // index the rules once ...
    List<Finding> all = prepared.checkAll(events, LocalDate.of(2025, 1, 6));  // ... check many
    CheckResult result = prepared.checkResult(events, LocalDate.of(2025, 1, 6));
    result.unjudgedByType();   // {payment=2}: events of a type no rule of the compact reads
    assertThat(all).extracting(Finding::getOutcome).containsExactly(Outcome.NOT_MET, Outcome.MET);
    assertThat(result.unjudgedByType()).containsExactly(java.util.Map.entry("payment", 2L));
  }
}
