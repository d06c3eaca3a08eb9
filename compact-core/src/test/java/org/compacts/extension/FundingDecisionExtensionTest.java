package org.compacts.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.RuleEvaluator;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.FundingAward;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;

/** The README's extension example, end to end: one kind, one event, one registration. */
class FundingDecisionExtensionTest {
  private static final RuleCatalog CATALOG = RuleCatalog.standard()
      .withRuleKind(FundingDecisionRule.KIND, FundingDecisionRule.class)
      .withEventType(FundingApplication.TYPE, FundingApplication.class);

  private final Compact compact = Compact.builder()
      .id("exampleshire-compact")
      .title("Exampleshire Compact")
      .kind(CompactKind.COMPACT)
      .area("Exampleshire")
      .status(CompactStatus.ADOPTED)
      .addRules(
          FullCostRecoveryRule.builder().id("full-cost-recovery").modality(Modality.WILL)
              .addArrangements(Arrangement.GRANT).recipient(Sector.VOLUNTARY_COMMUNITY)
              .source(Citation.of("5.1", "Grants will recover full cost."))
              .build(),
          FundingDecisionRule.builder().id("decision-in-20-working-days")
              .modality(Modality.WILL)
              .period(TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS))
              .decidedBy(Sector.PUBLIC)
              .source(Citation.of("5.2", "Funders will decide within 20 working days of"
                  + " receiving a complete application."))
              .build())
      .build();
  private final RuleEvaluator evaluator = RuleEvaluator.create().withCatalog(CATALOG);

  private final FundingApplication beforeChristmas = FundingApplication.builder()
      .decidedBy(Sector.PUBLIC)
      .completeOn(LocalDate.of(2025, 12, 19))
      .build();

  @Test
  void aCompactWithTheNewKindIsValid() {
    assertThat(CompactValidator.create().validate(compact)).isEmpty();
  }

  @Test
  void aDecisionInTimeIsMetCountingWorkingDaysPastChristmas() {
    List<Finding> findings = evaluator.check(compact,
        beforeChristmas.withDecidedOn(LocalDate.of(2026, 1, 21)), LocalDate.of(2026, 2, 1));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getRule()).isEqualTo("decision-in-20-working-days");
      assertThat(f.getKind()).isEqualTo("funding-decision");
      assertThat(f.getOutcome()).isEqualTo(Outcome.MET);
      assertThat(f.getDue()).contains(LocalDate.of(2026, 1, 21));
      assertThat(f.getReason()).contains("2026-01-21", "2025-12-19");
      assertThat(f.getSource().getClause()).isEqualTo("5.2");
    });
  }

  @Test
  void aLateDecisionIsNotMet() {
    assertThat(evaluator.check(compact, beforeChristmas.withDecidedOn(LocalDate.of(2026, 1, 22)),
        LocalDate.of(2026, 2, 1))).extracting(Finding::getOutcome)
        .containsExactly(Outcome.NOT_MET);
  }

  @Test
  void anOpenApplicationIsPendingUntilItsDueDate() {
    assertThat(evaluator.check(compact, beforeChristmas, LocalDate.of(2026, 1, 21)))
        .extracting(Finding::getOutcome).containsExactly(Outcome.PENDING);
    assertThat(evaluator.check(compact, beforeChristmas, LocalDate.of(2026, 1, 22)))
        .extracting(Finding::getOutcome).containsExactly(Outcome.NOT_MET);
  }

  @Test
  void anApplicationToAnotherSectorIsNotApplicable() {
    assertThat(evaluator.check(compact, beforeChristmas.withDecidedBy(Sector.PRIVATE),
        LocalDate.of(2026, 1, 1))).extracting(Finding::getOutcome)
        .containsExactly(Outcome.NOT_APPLICABLE);
  }

  @Test
  void theStandardKindsStillWork() {
    assertThat(evaluator.check(compact, FundingAward.builder().arrangement(Arrangement.GRANT)
        .awardedBy(Sector.PUBLIC).recipientSector(Sector.VOLUNTARY_COMMUNITY)
        .startsOn(LocalDate.of(2025, 4, 1)).endsOn(LocalDate.of(2026, 3, 31))
        .fullCostRecovery(true).build(), LocalDate.of(2025, 3, 1)))
        .extracting(Finding::getRule, Finding::getOutcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("full-cost-recovery", Outcome.MET));
  }

  @Test
  void withoutTheRegistrationTheNewKindIsRefused() {
    assertThatThrownBy(() -> RuleEvaluator.create().check(compact, beforeChristmas,
        LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind 'funding-decision'")
        .hasMessageContaining("RuleCatalog.withRuleKind");
    RuleCatalog kindOnly = RuleCatalog.standard()
        .withRuleKind(FundingDecisionRule.KIND, FundingDecisionRule.class);
    assertThatThrownBy(() -> RuleEvaluator.create().withCatalog(kindOnly)
        .check(compact, beforeChristmas, LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'funding-application'")
        .hasMessageContaining("RuleCatalog.withEventType");
  }

  @Test
  void theRegistrationAsTheReadmePrintsIt() {
    RuleCatalog catalog = RuleCatalog.standard()
        .withRuleKind(FundingDecisionRule.KIND, FundingDecisionRule.class)
        .withEventType(FundingApplication.TYPE, FundingApplication.class);

    RuleEvaluator evaluator = RuleEvaluator.create().withCatalog(catalog);
    List<Finding> findings = evaluator.check(compact, FundingApplication.builder()
        .decidedBy(Sector.PUBLIC)
        .completeOn(LocalDate.of(2025, 12, 19))
        .decidedOn(LocalDate.of(2026, 1, 21))
        .build(), LocalDate.of(2026, 2, 1));   // MET: due 2026-01-21, past Christmas and New Year
    assertThat(findings).extracting(Finding::getOutcome).containsExactly(Outcome.MET);
    assertThat(findings.get(0).getDue()).contains(LocalDate.of(2026, 1, 21));
  }
}
