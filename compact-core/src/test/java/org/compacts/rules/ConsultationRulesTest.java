package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.rules.RuleFixtures.asOf;
import static org.compacts.rules.RuleFixtures.consultation;
import static org.compacts.rules.RuleFixtures.consultationFeedback;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.twelveWeekConsultation;

import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsultationRulesTest {

  @Nested
  class MinimumConsultation {
    private final MinimumConsultationRule rule = twelveWeekConsultation();

    @Test
    void readsConsultations() {
      assertThat(rule.kind()).isEqualTo("minimum-consultation");
      assertThat(rule.eventType()).isEqualTo("consultation");
    }

    @Test
    void closingExactlyTwelveWeeksAfterOpeningIsMet() {
      Assessment a = rule.evaluate(consultation().build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(a.due()).contains(day("2025-03-31"));
      assertThat(a.reason()).isEqualTo("The consultation opens on 2025-01-06 and closes on"
          + " 2025-03-31, on or after 2025-03-31, 12 weeks after it opens.");
    }

    @Test
    void closingADayEarlyIsNotMet() {
      Assessment a = rule.evaluate(consultation().closesOn(day("2025-03-30")).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(a.due()).contains(day("2025-03-31"));
      assertThat(a.reason()).contains("closes on 2025-03-30, before 2025-03-31");
    }

    @Test
    void theDayOfEvaluationDoesNotMatter() {
      Consultation planned = consultation().build();
      assertThat(rule.evaluate(planned, asOf("2020-01-01")).outcome()).isEqualTo(Outcome.MET);
      assertThat(rule.evaluate(planned, asOf("2030-01-01")).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void monthsClampToTheEndOfFebruary() {
      MinimumConsultationRule oneMonth = rule.withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS));
      Consultation fromJanuary31 = consultation().opensOn(day("2025-01-31"))
          .closesOn(day("2025-02-28")).build();
      assertThat(oneMonth.evaluate(fromJanuary31, asOf("2025-01-01")).due())
          .contains(day("2025-02-28"));
      assertThat(oneMonth.evaluate(fromJanuary31, asOf("2025-01-01")).outcome())
          .isEqualTo(Outcome.MET);
      Consultation leap = fromJanuary31.withOpensOn(day("2024-01-31"))
          .withClosesOn(day("2024-02-28"));
      assertThat(oneMonth.evaluate(leap, asOf("2025-01-01")).outcome())
          .isEqualTo(Outcome.NOT_MET);
      assertThat(oneMonth.evaluate(leap.withClosesOn(day("2024-02-29")), asOf("2025-01-01"))
          .outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aLegallyConstrainedConsultationIsExempt() {
      Assessment a = rule.evaluate(consultation().closesOn(day("2025-02-06"))
          .legallyConstrained(true).build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.EXEMPT);
      assertThat(a.due()).isEmpty();
      assertThat(a.reason()).contains("2025-01-06", "2025-02-06", "legally-constrained");
    }

    @Test
    void withoutTheExemptionTheLawChangesNothing() {
      assertThat(rule.withExemptions().evaluate(consultation().closesOn(day("2025-02-06"))
          .legallyConstrained(true).build(), asOf("2025-01-01")).outcome())
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aConsultationByAnotherSectorIsNotApplicable() {
      Assessment a = rule.evaluate(consultation().by(Sector.VOLUNTARY_COMMUNITY).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(a.reason()).isEqualTo("This consultation is run by the voluntary-community"
          + " sector, but the rule covers consultations by the public sector.");
    }

    @Test
    void aConsultationWithoutSignificantEffectOnTheRulesSectorsIsNotApplicable() {
      Assessment a = rule.evaluate(consultation().significantEffectOn(Set.of(Sector.PUBLIC))
          .build(), asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(a.reason()).contains("voluntary-community or private");
    }

    @Test
    void aConsultationThatAffectsNoSectorSignificantlyIsNotApplicable() {
      Assessment a = rule.evaluate(consultation().significantEffectOn(Set.of()).build(),
          asOf("2025-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(consultationFeedback().evaluate(consultation().significantEffectOn(Set.of())
          .build(), asOf("2025-01-01")).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void sharingOneSectorIsEnough() {
      assertThat(rule.evaluate(consultation()
          .significantEffectOn(Set.of(Sector.PUBLIC, Sector.PRIVATE)).build(),
          asOf("2025-01-01")).outcome()).isEqualTo(Outcome.MET);
    }
  }

  @Nested
  class Feedback {
    private final ConsultationFeedbackRule rule = consultationFeedback();

    @Test
    void readsConsultations() {
      assertThat(rule.kind()).isEqualTo("consultation-feedback");
      assertThat(rule.eventType()).isEqualTo("consultation");
    }

    @Test
    void feedbackOnTheClosingDayIsMet() {
      Assessment a = rule.evaluate(consultation().feedbackGivenOn(day("2025-03-31")).build(),
          asOf("2025-04-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.MET);
      assertThat(a.due()).isEmpty();
      assertThat(a.reason()).isEqualTo("Feedback was given on 2025-03-31, on or after the"
          + " consultation closed on 2025-03-31.");
    }

    @Test
    void feedbackAfterTheCloseIsMet() {
      assertThat(rule.evaluate(consultation().feedbackGivenOn(day("2025-06-30")).build(),
          asOf("2025-04-01")).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void noFeedbackIsPendingWhateverTheDay() {
      Assessment a = rule.evaluate(consultation().build(), asOf("2029-01-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
      assertThat(a.reason()).isEqualTo("No feedback on the consultation that closes on"
          + " 2025-03-31 has been given as of 2029-01-01.");
    }

    @Test
    void feedbackDatedBeforeTheCloseIsStillAwaited() {
      Assessment a = rule.evaluate(consultation().feedbackGivenOn(day("2025-03-30")).build(),
          asOf("2025-04-01"));
      assertThat(a.outcome()).isEqualTo(Outcome.PENDING);
      assertThat(a.reason()).contains("2025-03-30", "2025-03-31");
    }

    @Test
    void theSameApplicabilityAsTheMinimumLength() {
      assertThat(rule.evaluate(consultation().by(Sector.PRIVATE).build(), asOf("2025-04-01"))
          .outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(rule.evaluate(consultation().significantEffectOn(Set.of(Sector.PUBLIC))
          .build(), asOf("2025-04-01")).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aLegallyConstrainedConsultationStillNeedsFeedback() {
      assertThat(rule.evaluate(consultation().legallyConstrained(true).build(),
          asOf("2025-04-01")).outcome()).isEqualTo(Outcome.PENDING);
    }
  }
}
