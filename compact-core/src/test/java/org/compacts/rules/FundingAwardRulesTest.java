package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.rules.RuleFixtures.asOf;
import static org.compacts.rules.RuleFixtures.contract;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.fullCostRecovery;
import static org.compacts.rules.RuleFixtures.threeYearContracts;

import org.compacts.model.Sector;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FundingAwardRulesTest {

  @Nested
  class MinimumTerm {
    private final MinimumTermRule rule = threeYearContracts();

    @Test
    void readsFundingAwards() {
      assertThat(rule.kind()).isEqualTo("minimum-term");
      assertThat(rule.eventType()).isEqualTo("funding-award");
    }

    @Test
    void firstAprilToThirtyFirstMarchThreeYearsLaterIsThreeYears() {
      Assessment a = rule.evaluate(contract().build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(a.due()).contains(day("2028-03-31"));
      assertThat(a.reason()).isEqualTo("The term from 2025-04-01 to 2028-03-31 ends on or after"
          + " 2028-03-31, the last day of 3 years from its start.");
    }

    @Test
    void aDayShortIsNotMet() {
      Assessment a = rule.evaluate(contract().endsOn(day("2028-03-30")).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(a.reason()).contains("ends before 2028-03-31");
    }

    @Test
    void aOneYearContractIsNotMet() {
      assertThat(rule.evaluate(contract().endsOn(day("2026-03-31")).build(), asOf("2025-01-01"))
          .outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aLongerTermIsMet() {
      assertThat(rule.evaluate(contract().endsOn(day("2030-03-31")).build(), asOf("2025-01-01"))
          .outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aTermFrom29FebruaryClampsTo28FebruaryThreeYearsOn() {
      FundingAward leap = contract().startsOn(day("2024-02-29")).endsOn(day("2027-02-27")).build();
      Assessment a = rule.evaluate(leap, asOf("2025-01-01"));
      assertThat(a.due()).contains(day("2027-02-27"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(rule.evaluate(leap.withEndsOn(day("2027-02-26")), asOf("2025-01-01")).outcome())
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void monthsFrom31JanuaryEndOn27February() {
      MinimumTermRule oneMonth = rule.withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS));
      assertThat(oneMonth.evaluate(contract().startsOn(day("2025-01-31"))
          .endsOn(day("2025-02-27")).build(), asOf("2025-01-01")))
          .returns(Outcome.MET, Assessment::outcome)
          .returns(java.util.Optional.of(day("2025-02-27")), Assessment::due);
    }

    @Test
    void anAwardWithoutAnEndDateIsPendingNamingTheMissingEndDate() {
      Assessment a = rule.evaluate(FundingAward.copyOf(contract().build())
          .withEndsOn(java.util.Optional.empty()), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
      assertThat(a.due()).contains(day("2028-03-31"));
      assertThat(a.reason()).isEqualTo("The award starting on 2025-04-01 gives no end date"
          + " (endsOn), so whether its term reaches 2028-03-31, the last day of 3 years from its"
          + " start, is not known.");
    }

    @Test
    void theDayOfEvaluationDoesNotMatter() {
      assertThat(rule.evaluate(contract().build(), asOf("2040-01-01")).outcome())
          .isEqualTo(Outcome.MET);
    }

    @Test
    void anotherArrangementIsNotApplicable() {
      Assessment a = rule.evaluate(contract().arrangement(Arrangement.GRANT).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(a.due()).isEmpty();
      assertThat(a.reason()).isEqualTo("This award is a grant, which the rule does not cover"
          + " (it covers contract).");
    }

    @Test
    void anAwardByAnotherSectorIsNotApplicable() {
      assertThat(rule.evaluate(contract().awardedBy(Sector.PRIVATE).build(), asOf("2025-01-01"))
          .outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void theRecipientDoesNotMatter() {
      assertThat(rule.evaluate(contract().recipientSector(Sector.PRIVATE).build(),
          asOf("2025-01-01")).outcome()).isEqualTo(Outcome.MET);
    }
  }

  @Nested
  class FullCostRecovery {
    private final FullCostRecoveryRule rule = fullCostRecovery();

    @Test
    void readsFundingAwards() {
      assertThat(rule.kind()).isEqualTo("full-cost-recovery");
      assertThat(rule.eventType()).isEqualTo("funding-award");
    }

    @Test
    void fullCostRecoveryIsMet() {
      Assessment a = rule.evaluate(contract().fullCostRecovery(true).build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(a.due()).isEmpty();
      assertThat(a.reason()).isEqualTo("The contract from 2025-04-01 to 2028-03-31 recovers"
          + " full cost.");
    }

    @Test
    void partialCostRecoveryIsNotMet() {
      Assessment a = rule.evaluate(contract().fullCostRecovery(false).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(a.reason()).contains("does not recover full cost");
    }

    @Test
    void anAwardWithoutAnEndDateIsDecidedAllTheSame() {
      Assessment a = rule.evaluate(FundingAward.copyOf(contract().fullCostRecovery(true)
          .build()).withEndsOn(java.util.Optional.empty()), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(a.reason()).isEqualTo("The contract from 2025-04-01 recovers full cost.");
    }

    @Test
    void notSayingIsPending() {
      Assessment a = rule.evaluate(contract().build(), asOf("2030-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
      assertThat(a.reason()).contains("does not say whether it recovers full cost");
    }

    @Test
    void anotherArrangementIsNotApplicable() {
      assertThat(rule.evaluate(contract().arrangement(Arrangement.SUPPORT).fullCostRecovery(false)
          .build(), asOf("2025-01-01")).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void anotherRecipientSectorIsNotApplicable() {
      Assessment a = rule.evaluate(contract().recipientSector(Sector.PRIVATE)
          .fullCostRecovery(false).build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(a.reason()).contains("made to the private sector");
    }

    @Test
    void theAwardingSectorDoesNotMatter() {
      assertThat(rule.evaluate(contract().awardedBy(Sector.PRIVATE).fullCostRecovery(true)
          .build(), asOf("2025-01-01")).outcome()).isEqualTo(Outcome.MET);
    }
  }
}
