package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compacts.rules.RuleFixtures.contract;
import static org.compacts.rules.RuleFixtures.day;
import static org.compacts.rules.RuleFixtures.grantCessation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.time.CalendarCoverageException;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
  private static final LocalDate AS_OF = day("2024-12-01");

  private final Compact compact = Compact.builder()
      .id("exampleshire-compact")
      .title("Exampleshire Compact")
      .kind(CompactKind.COMPACT)
      .area("Exampleshire")
      .status(CompactStatus.ADOPTED)
      .addRules(
          RuleFixtures.fullCostRecovery(),
          RuleFixtures.threeMonthsNotice(),
          RuleFixtures.twelveWeekConsultation(),
          RuleFixtures.threeYearContracts(),
          RuleFixtures.writtenResponse21Days())
      .build();
  private final RuleEvaluator evaluator = RuleEvaluator.create();

  @Test
  void oneFindingPerRuleThatReadsTheEventTypeInTheCompactsOrder() {
    List<Finding> findings = evaluator.check(compact, contract().fullCostRecovery(false).build(),
        AS_OF);
    assertThat(findings).extracting(Finding::getRule)
        .containsExactly("full-cost-recovery", "three-year-contracts");
    assertThat(findings).extracting(Finding::getOutcome)
        .containsExactly(Outcome.NOT_MET, Outcome.MET);
  }

  @Test
  void aFindingCarriesTheCompactTheRuleAndTheWordsItRestsOn() {
    Finding finding = evaluator.check(compact,
        grantCessation().noticeGivenOn(day("2024-12-31")).build(), AS_OF).get(0);
    MinimumNoticeRule rule = RuleFixtures.threeMonthsNotice();
    assertThat(finding).isEqualTo(Finding.builder()
        .compact("exampleshire-compact")
        .rule("three-months-notice")
        .kind("minimum-notice")
        .outcome(Outcome.MET)
        .modality(Modality.WILL)
        .reason("Notice was given on 2024-12-31, on or before 2024-12-31, 3 months before the"
            + " cessation takes effect on 2025-03-31.")
        .due(day("2024-12-31"))
        .source(rule.getSource())
        .build());
  }

  @Test
  void aFindingWithoutADeadlineHasNoDueDate() {
    Finding cost = evaluator.check(compact, contract().fullCostRecovery(true).build(), AS_OF)
        .get(0);
    assertThat(cost.getDue()).isEmpty();
    assertThat(cost.getSource()).isEqualTo(RuleFixtures.fullCostRecovery().getSource());
  }

  @Test
  void anEventNoRuleReadsGivesNoFindings() {
    GovernanceRecord record = GovernanceRecord.builder().activity("compact-meeting")
        .periodFrom(day("2025-01-01")).periodTo(day("2025-12-31")).build();
    assertThat(evaluator.check(compact, record, AS_OF)).isEmpty();
  }

  @Test
  void preparedAndDirectChecksAgree() {
    PreparedCompact prepared = evaluator.prepare(compact);
    List<Event> events = List.of(
        grantCessation().build(),
        contract().build(),
        RuleFixtures.consultation().build(),
        DisputeStep.builder().stage(2).startedOn(day("2024-11-01")).build());
    for (Event event : events) {
      assertThat(prepared.check(event, AS_OF)).isEqualTo(evaluator.check(compact, event, AS_OF));
    }
    assertThat(prepared.checkAll(events, AS_OF)).extracting(Finding::getRule).containsExactly(
        "three-months-notice", "full-cost-recovery", "three-year-contracts",
        "twelve-week-consultation", "written-response-21-days");
    assertThat(prepared.compact()).isSameAs(compact);
  }

  @Test
  void theHolidayCalendarIsConfigurable() {
    Compact workingDays = compact.withRules(RuleFixtures.writtenResponse21Days()
        .withPeriod(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)));
    DisputeStep christmasEve = DisputeStep.builder().stage(2).startedOn(day("2025-12-24"))
        .build();
    assertThat(evaluator.check(workingDays, christmasEve, AS_OF).get(0).getDue())
        .contains(day("2025-12-29"));
    assertThat(evaluator.withCalendar(HolidayCalendar.weekendsOnly())
        .check(workingDays, christmasEve, AS_OF).get(0).getDue())
        .contains(day("2025-12-25"));
    assertThat(evaluator.calendar()).isSameAs(HolidayCalendar.englandAndWales());
  }

  @Test
  void workingDaysBeyondTheCalendarAreRefusedNotGuessed() {
    Compact workingDays = compact.withRules(RuleFixtures.writtenResponse21Days()
        .withPeriod(TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS)));
    DisputeStep far = DisputeStep.builder().stage(2).startedOn(day("2031-06-02")).build();
    assertThatThrownBy(() -> evaluator.check(workingDays, far, AS_OF))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessageContaining("covers 2015\u20132030")
        .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
          assertThat(e.lastYear()).isEqualTo(2030);
          assertThat(e.day()).isAfter(day("2030-12-31"));
        });
  }

  @Test
  void nullInputsAreRefusedByName() {
    Event event = contract().build();
    assertThatThrownBy(() -> evaluator.check(null, event, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("compact");
    assertThatThrownBy(() -> evaluator.check(compact, null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("event");
    assertThatThrownBy(() -> evaluator.check(compact, event, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> evaluator.prepare(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("compact");
    assertThatThrownBy(() -> evaluator.prepare(compact).checkAll(List.of(event), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> evaluator.withCalendar(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("calendar");
    assertThatThrownBy(() -> evaluator.withCatalog(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("catalog");
  }

  @Test
  void anEventOfATypeTheCatalogDoesNotKnowIsRefused() {
    Event unknown = () -> "funding-application";
    assertThatThrownBy(() -> evaluator.check(compact, unknown, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown event type 'funding-application'")
        .hasMessageContaining("funding-change");
    Event untyped = () -> null;
    assertThatThrownBy(() -> evaluator.check(compact, untyped, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown event type 'null'");
  }

  @Test
  void anEventOfTheWrongClassForItsTypeIsRefused() {
    Event impostor = () -> FundingChange.TYPE;
    assertThatThrownBy(() -> evaluator.check(compact, impostor, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("An event of type 'funding-change' must be a "
            + FundingChange.class.getName());
  }

  @Test
  void aRuleOfAKindTheCatalogDoesNotKnowIsRefused() {
    Rule stranger = new Rule() {
      @Override
      public String getId() {
        return "stranger";
      }

      @Override
      public Modality getModality() {
        return Modality.WILL;
      }

      @Override
      public Citation getSource() {
        return Citation.of("1", "Something.");
      }

      @Override
      public String kind() {
        return "stranger-kind";
      }

      @Override
      public String eventType() {
        return FundingAward.TYPE;
      }

      @Override
      public Assessment evaluate(Event event, RuleContext context) {
        return Assessment.of(Outcome.MET, "Always.");
      }
    };
    Compact withStranger = compact.withRules(stranger);
    assertThatThrownBy(() -> evaluator.prepare(withStranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Rule 'stranger' (rules[0]) of compact 'exampleshire-compact'")
        .hasMessageContaining("kind 'stranger-kind'")
        .hasMessageContaining("RuleCatalog.withRuleKind");
  }

  @Test
  void theCatalogDecidesWhichClassAKindIs() {
    RuleCatalog catalog = RuleCatalog.standard();
    assertThat(evaluator.withCatalog(catalog).catalog()).isSameAs(catalog);
    assertThat(evaluator.toString()).contains("9 rule kinds", "6 event types",
        "England and Wales");
  }

  @Test
  void oneEvaluatorServesManyThreads() throws Exception {
    PreparedCompact prepared = evaluator.prepare(compact);
    List<Finding> expected = prepared.check(contract().build(), AS_OF);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            Compact c = (i % 2 == 0) ? compact : compact.withId("other-compact");
            List<Finding> got = evaluator.check(c, contract().build(), AS_OF);
            if (!got.get(0).getCompact().equals(c.getId())
                || !got.get(0).withCompact(compact.getId()).equals(expected.get(0))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findingListsAreImmutable() {
    List<Finding> findings = evaluator.check(compact, contract().build(), AS_OF);
    assertThatThrownBy(() -> findings.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Finding> all = evaluator.prepare(compact).checkAll(List.of(contract().build()), AS_OF);
    assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
