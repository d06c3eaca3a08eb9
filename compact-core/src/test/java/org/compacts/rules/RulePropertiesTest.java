package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Property;
import org.compacts.time.HolidayCalendar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties of the rule semantics of DESIGN section 3, over generated rules and events. */
class RulePropertiesTest {
  private static final HolidayCalendar EW = HolidayCalendar.englandAndWales();
  private static final HolidayCalendar ANY_YEAR = HolidayCalendar.weekendsOnly();

  @TestFactory
  Stream<DynamicTest> movingNoticeEarlierNeverTurnsMetIntoNotMet() {
    return Property.forAll("moving notice earlier never turns met into not-met", gen -> {
      MinimumNoticeRule rule = (MinimumNoticeRule) CompactGen.rule(gen, "notice", 0);
      FundingChange change = (FundingChange) EventGen.forRule(gen, rule);
      if (change.getNoticeGivenOn().isEmpty()) {
        change = change.withNoticeGivenOn(change.getTakesEffectOn()
            .minusDays(gen.between(0, 200)));
      }
      RuleContext context = RuleContext.of(EventGen.day(gen));
      Assessment before = rule.evaluate(change, context);
      LocalDate notice = change.getNoticeGivenOn().orElseThrow();
      for (int i = 0; i < 5; i++) {
        FundingChange earlier = change.withNoticeGivenOn(notice.minusDays(gen.between(1, 400)));
        Assessment after = rule.evaluate(earlier, context);
        if (before.outcome() == Outcome.MET) {
          assertThat(after.outcome()).as("%s then %s", before, after)
              .isNotEqualTo(Outcome.NOT_MET).isEqualTo(Outcome.MET);
        } else if (before.outcome() != Outcome.NOT_MET) {
          assertThat(after.outcome()).as("the notice day does not change whether the rule"
              + " applies or is exempt: %s then %s", before, after).isEqualTo(before.outcome());
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> lengtheningAConsultationNeverTurnsMetIntoNotMet() {
    return Property.forAll("lengthening a consultation never turns met into not-met", gen -> {
      Rule rule = CompactGen.rule(gen, gen.pick("consultation", "feedback"), 0);
      Consultation consultation = (Consultation) EventGen.forRule(gen, rule);
      RuleContext context = RuleContext.of(EventGen.day(gen));
      Assessment before = rule.evaluate(consultation, context);
      for (int i = 0; i < 5; i++) {
        int days = gen.between(1, 120);
        Consultation longer = gen.bool()
            ? consultation.withClosesOn(consultation.getClosesOn().plusDays(days))
            : consultation.withOpensOn(consultation.getOpensOn().minusDays(days));
        Assessment after = rule.evaluate(longer, context);
        if (before.outcome() == Outcome.MET) {
          assertThat(after.outcome()).as("%s then %s", before, after)
              .isNotEqualTo(Outcome.NOT_MET);
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> noTimeBasedRuleIsPendingOncePastEveryDeadline() {
    return Property.forAll("time-based kinds are never pending once asOf is past every"
        + " deadline", gen -> {
          String kind = gen.pick("notice", "consultation", "term", "stage", "recurrence");
          Rule rule = CompactGen.rule(gen, kind, 4);
          Event event = givenEveryFact(gen, EventGen.forRule(gen, rule));
          LocalDate lastDeadline = lastDeadline(rule, event);
          LocalDate asOf = lastDeadline.plusDays(gen.between(1, 400));
          Assessment a = rule.evaluate(event, RuleContext.of(asOf));
          assertThat(a.outcome()).as("%s against %s as of %s", a, event, asOf)
              .isNotEqualTo(Outcome.PENDING);
          if (!(event instanceof Consultation) && !(event instanceof FundingAward)) {
            a.due().ifPresent(due -> assertThat(due).isBefore(asOf));
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> beforeItsDeadlineAnOpenMatterIsPending() {
    return Property.forAll("an applicable notice or stage with no fact is pending up to its"
        + " deadline and not met after it", gen -> {
          Rule rule = CompactGen.rule(gen, gen.pick("notice", "stage"), 3);
          Event event = EventGen.forRule(gen, rule);
          event = event instanceof FundingChange
              ? ((FundingChange) event).withNoticeGivenOn(java.util.Optional.empty())
              : ((DisputeStep) event).withCompletedOn(java.util.Optional.empty());
          Assessment probe = rule.evaluate(event, RuleContext.of(EventGen.day(gen)));
          if (probe.outcome() == Outcome.NOT_APPLICABLE || probe.outcome() == Outcome.EXEMPT) {
            return;
          }
          LocalDate due = probe.due().orElseThrow();
          assertThat(rule.evaluate(event, RuleContext.of(due)).outcome())
              .isEqualTo(Outcome.PENDING);
          assertThat(rule.evaluate(event, RuleContext.of(due.minusDays(gen.between(1, 99))))
              .outcome()).isEqualTo(Outcome.PENDING);
          assertThat(rule.evaluate(event, RuleContext.of(due.plusDays(1))).outcome())
              .isEqualTo(Outcome.NOT_MET);
        });
  }

  @TestFactory
  Stream<DynamicTest> aCheckGivesOneFindingPerRuleReadingTheEventInRuleOrder() {
    return Property.forAll("a check gives one finding per rule reading the event, in order",
        gen -> {
          Compact compact = CompactGen.compact(gen);
          List<Event> events = gen.list(1, 4, () -> gen.chance(0.7) && !compact.getRules()
              .isEmpty() ? EventGen.forRule(gen, gen.pick(compact.getRules()))
              : EventGen.event(gen));
          LocalDate asOf = EventGen.day(gen);
          // Records of long periods reach past 2030, beyond the England and Wales calendar;
          // this property is about which findings a check gives, not about holidays.
          RuleEvaluator evaluator = RuleEvaluator.create().withCalendar(ANY_YEAR);
          PreparedCompact prepared = evaluator.prepare(compact);
          for (Event event : events) {
            List<Finding> findings = evaluator.check(compact, event, asOf);
            List<Rule> reading = compact.getRules().stream()
                .filter(r -> r.eventType().equals(event.type())).collect(
                    java.util.stream.Collectors.toList());
            assertThat(findings).hasSameSizeAs(reading);
            for (int i = 0; i < findings.size(); i++) {
              Finding f = findings.get(i);
              Rule r = reading.get(i);
              Assessment a = event.getTags().containsAll(r.getOnlyWhen())
                  ? r.evaluate(event, RuleContext.of(asOf, ANY_YEAR))
                  : Assessment.of(Outcome.NOT_APPLICABLE, f.getReason());
              assertThat(f.getCompact()).isEqualTo(compact.getId());
              assertThat(f.getRule()).isEqualTo(r.getId());
              assertThat(f.getKind()).isEqualTo(r.kind());
              assertThat(f.getModality()).isEqualTo(r.getModality());
              assertThat(f.getSource()).isEqualTo(r.getSource());
              assertThat(f.getOutcome()).isEqualTo(a.outcome());
              assertThat(f.getReason()).isEqualTo(a.reason()).endsWith(".")
                  .doesNotContain("\n");
              assertThat(f.getDue()).isEqualTo(a.due());
            }
            assertThat(prepared.check(event, asOf)).isEqualTo(findings);
          }
        });
  }

  /**
   * The event with the facts that are not dates given: a notice's elements and an award's
   * end, whose absence makes a finding pending whatever the day.
   */
  private static Event givenEveryFact(org.compacts.testkit.Gen gen, Event event) {
    if (event instanceof FundingChange) {
      return ((FundingChange) event).withNoticeInWriting(gen.bool())
          .withReasonsGiven(gen.bool()).withResponseInvited(gen.bool());
    }
    if (event instanceof FundingAward && ((FundingAward) event).getEndsOn().isEmpty()) {
      FundingAward award = (FundingAward) event;
      return award.withEndsOn(award.getStartsOn().plusDays(gen.between(0, 2000)));
    }
    return event;
  }

  /** The latest deadline a rule computes for an event; the event's own dates otherwise. */
  private static LocalDate lastDeadline(Rule rule, Event event) {
    if (event instanceof FundingChange) {
      return ((FundingChange) event).getTakesEffectOn();   // after takesEffectOn - period
    }
    if (event instanceof DisputeStep) {
      DisputeStep step = (DisputeStep) event;
      return ((StageTimeLimitRule) rule).getPeriod().addTo(step.getStartedOn(), EW);
    }
    if (event instanceof GovernanceRecord) {
      return ((GovernanceRecord) event).getPeriodTo();     // every window ends by then
    }
    if (event instanceof Consultation) {
      return ((Consultation) event).getClosesOn();          // no deadline: any day will do
    }
    return ((FundingAward) event).getStartsOn();           // no deadline: any day will do
  }
}
