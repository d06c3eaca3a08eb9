package org.compacts.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.rules.Outcome;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties of the dispute workflow over generated walks and time limits. */
class DisputePropertiesTest {
  private static final List<Compact> COMPACTS =
      List.of(Procedures.sandwell(), Procedures.staffordshire());

  @TestFactory
  Stream<DynamicTest> aRandomWalkEitherStepsOrIsRefusedAndLeavesTheCaseAlone() {
    return Property.forAll("every step either extends the history by one or is refused", gen -> {
      DisputeCase dispute = DisputeCase.open(gen.pick(COMPACTS), gen.date());
      for (int i = 0; i < 12; i++) {
        Step step = gen.chance(0.05) ? Step.RESOLVED : gen.pick(Step.class);
        LocalDate last = dispute.getHistory().get(dispute.getHistory().size() - 1).getDate();
        LocalDate day = last.plusDays(gen.between(-3, 30));
        List<RecordedStep> before = dispute.getHistory();
        DisputeCase next;
        try {
          next = dispute.record(step, day);
        } catch (DisputeException refused) {
          assertThat(refused.getMessage()).isNotBlank();
          assertThat(dispute.getHistory()).isEqualTo(before);
          continue;
        }
        assertThat(next.getHistory()).hasSize(before.size() + 1);
        assertThat(next.getHistory().subList(0, before.size())).isEqualTo(before);
        RecordedStep added = next.getHistory().get(before.size());
        assertThat(added.getStep()).isEqualTo(step);
        assertThat(added.getDate()).isEqualTo(day).isAfterOrEqualTo(last);
        assertThat(added.getStage()).isEqualTo(dispute.getStage().getNumber());
        assertThat(next.getStage().getNumber()).isGreaterThanOrEqualTo(added.getStage());
        dispute = next;
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aStatusAsOfADayIsTheStatusOfTheStepsUpToThatDay() {
    return Property.forAll("status(asOf) equals the status of the history cut at asOf", gen -> {
      DisputeCase dispute = walk(gen);
      LocalDate opened = dispute.getOpenedOn();
      LocalDate asOf = opened.plusDays(gen.between(0, 200));
      DisputeCase cut = DisputeCase.open(dispute.getCompact(), opened);
      for (RecordedStep s : dispute.getHistory().subList(1, dispute.getHistory().size())) {
        if (!s.getDate().isAfter(asOf)) {
          cut = cut.record(s.getStep(), s.getDate());
        }
      }
      DisputeStatus status = dispute.status(asOf);
      assertThat(status).isEqualTo(cut.status(asOf));
      assertThat(status.getHistory()).isEqualTo(cut.getHistory());
      assertThat(status.isOverdue()).isEqualTo(status.getDue()
          .map(d -> asOf.isAfter(d.getDueOn())).orElse(false));
      for (Deadline d : status.getDeadlines()) {
        Outcome expected = d.getCompletedOn()
            .map(done -> done.isAfter(d.getDueOn()) ? Outcome.NOT_MET : Outcome.MET)
            .orElse(asOf.isAfter(d.getDueOn()) ? Outcome.NOT_MET : Outcome.PENDING);
        assertThat(d.getOutcome()).isEqualTo(expected);
        assertThat(d.isOverdue()).isEqualTo(d.getCompletedOn().isEmpty()
            && asOf.isAfter(d.getDueOn()));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aStageIsOverdueFromTheDayAfterItsDueDay() {
    return Property.forAll("the due day is never overdue and the next day always is", gen -> {
      TimeSpan limit = TimeSpan.of(gen.between(1, 30), gen.pick(TimeSpanUnit.class));
      Compact compact = withStageTwoLimit(gen.pick(COMPACTS), limit);
      LocalDate started = gen.date();
      DisputeCase dispute = DisputeCase.open(compact, started.minusDays(gen.between(0, 20)))
          .escalate(started);
      HolidayCalendar calendar = HolidayCalendar.englandAndWales();
      LocalDate due = limit.addTo(started, calendar);

      DisputeStatus onDueDay = dispute.status(due, calendar);
      assertThat(onDueDay.getDue().orElseThrow().getDueOn()).isEqualTo(due);
      assertThat(onDueDay.isOverdue()).isFalse();
      assertThat(onDueDay.getDue().orElseThrow().getOutcome()).isEqualTo(Outcome.PENDING);
      DisputeStatus next = dispute.status(due.plusDays(1), calendar);
      assertThat(next.isOverdue()).isTrue();
      assertThat(next.getOverdue().orElseThrow().getOutcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(dispute.meet(due).status(due.plusDays(1)).getDeadlines().get(0).getOutcome())
          .isEqualTo(Outcome.MET);
      assertThat(dispute.meet(due.plusDays(1)).status(due.plusDays(1)).getDeadlines().get(0)
          .getOutcome()).isEqualTo(Outcome.NOT_MET);
    });
  }

  /** A walk of only possible steps, escalating often and resolving seldom. */
  private static DisputeCase walk(Gen gen) {
    DisputeCase dispute = DisputeCase.open(gen.pick(COMPACTS), gen.date());
    LocalDate day = dispute.getOpenedOn();
    int steps = gen.between(0, 16);
    for (int i = 0; i < steps && dispute.getState() != CaseState.RESOLVED; i++) {
      day = day.plusDays(gen.between(0, 25));
      List<Step> possible = new ArrayList<>(List.of(
          Step.SUBMITTED, Step.RESPONDED, Step.MET, Step.ESCALATED, Step.ESCALATED));
      Step step = gen.chance(0.05) ? Step.RESOLVED : gen.pick(possible);
      while (true) {
        try {
          dispute = dispute.record(step, day);
          break;
        } catch (DisputeException refused) {
          possible.removeIf(step::equals);
          step = possible.isEmpty() ? Step.RESOLVED : gen.pick(possible);
        }
      }
    }
    return dispute;
  }

  private static Compact withStageTwoLimit(Compact compact, TimeSpan limit) {
    ResolutionProcedure procedure = compact.getResolution().orElseThrow();
    List<Stage> stages = new ArrayList<>(procedure.getStages());
    stages.set(1, stages.get(1).withTimeLimit(limit));
    return compact.withResolution(procedure.withStages(stages));
  }
}
