package org.compacts.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.compacts.model.Compact;
import org.compacts.model.ExternalBody;
import org.compacts.rules.Outcome;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;

/** Walks a dispute through Sandwell's four stages to the Ombudsman. */
class SandwellDisputeTest {
  private static final Compact SANDWELL = Procedures.sandwell();
  private static final LocalDate OPENED = LocalDate.of(2025, 3, 3);
  private static final LocalDate STAGE_2 = LocalDate.of(2025, 3, 10);
  /** 21 days after stage 2 starts. */
  private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

  private static DisputeCase atStageTwo() {
    return DisputeCase.open(SANDWELL, OPENED)
        .meet(LocalDate.of(2025, 3, 5))
        .escalate(STAGE_2)
        .submit(STAGE_2);
  }

  @Test
  void theFixtureIsAValidCompact() {
    assertThat(CompactValidator.create().validate(SANDWELL)).isEmpty();
  }

  @Test
  void aCaseOpensAtStageOneWithWhatToDoAndWhoCanHelp() {
    DisputeStatus status = DisputeCase.open(SANDWELL, OPENED).status(OPENED);

    assertThat(status.getState()).isEqualTo(CaseState.OPEN);
    assertThat(status.getStageNumber()).isEqualTo(1);
    assertThat(status.getStageName()).contains("Talk to each other");
    assertThat(status.getActions()).containsExactly("Talk to each other.",
        "Involve a third party such as SCVO or the Council’s Voluntary Sector policy officer"
            + " if you wish.",
        "Keep a written record of discussions.");
    assertThat(status.getThirdParties())
        .containsExactly(Procedures.SCVO, Procedures.POLICY_OFFICER);
    assertThat(status.getEscalation())
        .contains("If this does not resolve the issue, please move to stage 2.");
    assertThat(status.getStageStartedOn()).isEqualTo(OPENED);
    assertThat(status.isLastStage()).isFalse();
    assertThat(status.getExternalBodies()).isEmpty();
    assertThat(status.getDue()).isEmpty();
    assertThat(status.isOverdue()).isFalse();
    assertThat(status.getDeadlines()).isEmpty();
    assertThat(status.getHistory()).containsExactly(RecordedStep.of(Step.OPENED, 1, OPENED));
  }

  @Test
  void stageTwoAsksForAWrittenResponseWithin21DaysOfItsStart() {
    DisputeStatus status = atStageTwo().status(STAGE_2);

    assertThat(status.getStageNumber()).isEqualTo(2);
    assertThat(status.getStageName()).contains("Submit a written enquiry or complaint");
    assertThat(status.getActions()).contains("Request a written response within 21 days.");
    assertThat(status.getThirdParties())
        .containsExactly(Procedures.SCVO, Procedures.POLICY_OFFICER);
    assertThat(status.getStageStartedOn()).isEqualTo(STAGE_2);
    Deadline due = status.getDue().orElseThrow();
    assertThat(due.getStage()).isEqualTo(2);
    assertThat(due.getLimit()).isEqualTo(TimeSpan.of(21, TimeSpanUnit.DAYS));
    assertThat(due.getStartedOn()).isEqualTo(STAGE_2);
    assertThat(due.getDueOn()).isEqualTo(DUE);
    assertThat(due.getCompletedOn()).isEmpty();
    assertThat(due.getOutcome()).isEqualTo(Outcome.PENDING);
    assertThat(due.getSource().getClause()).isEqualTo("Stage 2");
    assertThat(due.getSource().getText()).contains("Request a written response within 21 days.");
  }

  @Test
  void theDayTheResponseIsDueIsNotOverdueTheNextDayIs() {
    DisputeCase waiting = atStageTwo();

    DisputeStatus onTheDueDay = waiting.status(DUE);
    assertThat(onTheDueDay.isOverdue()).isFalse();
    assertThat(onTheDueDay.getOverdue()).isEmpty();
    assertThat(onTheDueDay.getDue().orElseThrow().getOutcome()).isEqualTo(Outcome.PENDING);

    DisputeStatus theDayAfter = waiting.status(DUE.plusDays(1));
    assertThat(theDayAfter.isOverdue()).isTrue();
    Deadline overdue = theDayAfter.getOverdue().orElseThrow();
    assertThat(overdue.getDueOn()).isEqualTo(DUE);
    assertThat(overdue.isOverdue()).isTrue();
    assertThat(overdue.getOutcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(overdue).hasToString(
        "stage 2: 21 days from 2025-03-10, due 2025-03-31, overdue (not-met)");
  }

  @Test
  void aResponseOnTheDueDayMeetsTheLimitAndOneADayLaterDoesNot() {
    DisputeStatus onTime = atStageTwo().respond(DUE).status(DUE.plusDays(10));
    assertThat(onTime.getDue()).isEmpty();
    assertThat(onTime.isOverdue()).isFalse();
    assertThat(onTime.getDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.getCompletedOn()).contains(DUE);
      assertThat(d.getOutcome()).isEqualTo(Outcome.MET);
      assertThat(d.isOverdue()).isFalse();
    });

    DisputeStatus late = atStageTwo().respond(DUE.plusDays(1)).status(DUE.plusDays(10));
    assertThat(late.getDue()).isEmpty();
    assertThat(late.isOverdue()).isFalse();
    assertThat(late.getDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.getCompletedOn()).contains(DUE.plusDays(1));
      assertThat(d.getOutcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(d.isOverdue()).isFalse();
    });
  }

  @Test
  void walksAllFourStagesToTheOmbudsman() {
    DisputeCase dispute = atStageTwo()
        .escalate(LocalDate.of(2025, 4, 7))            // no response: on to stage 3
        .meet(LocalDate.of(2025, 4, 22))
        .escalate(LocalDate.of(2025, 5, 6));           // to stage 4

    DisputeStatus stageThree = dispute.status(LocalDate.of(2025, 4, 22));
    assertThat(stageThree.getStageNumber()).isEqualTo(3);
    assertThat(stageThree.getActions()).singleElement().asString()
        .startsWith("SCVO and the Council’s Voluntary Sector policy officer to receive details");
    assertThat(stageThree.getExternalBodies()).isEmpty();
    assertThat(stageThree.getDue()).isEmpty();
    assertThat(stageThree.getDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.getStage()).isEqualTo(2);
      assertThat(d.getCompletedOn()).contains(LocalDate.of(2025, 4, 7));
      assertThat(d.getOutcome()).isEqualTo(Outcome.NOT_MET);
    });

    DisputeStatus stageFour = dispute.status(LocalDate.of(2025, 5, 6));
    assertThat(stageFour.getState()).isEqualTo(CaseState.OPEN);
    assertThat(stageFour.getStageNumber()).isEqualTo(4);
    assertThat(stageFour.isLastStage()).isTrue();
    assertThat(stageFour.getActions())
        .containsExactly("Independent mediation from an appropriate source.");
    assertThat(stageFour.getThirdParties()).isEmpty();
    assertThat(stageFour.getExternalBodies()).extracting(ExternalBody::getName)
        .containsExactly("Ombudsman for Local Government");

    DisputeCase referred = dispute.escalate(LocalDate.of(2025, 6, 2));
    DisputeStatus status = referred.status(LocalDate.of(2025, 6, 2));
    assertThat(referred.getState()).isEqualTo(CaseState.REFERRED);
    assertThat(status.getState()).isEqualTo(CaseState.REFERRED);
    assertThat(status.getReferredOn()).contains(LocalDate.of(2025, 6, 2));
    assertThat(status.getStageNumber()).isEqualTo(4);
    assertThat(status.getDue()).isEmpty();
    assertThat(status.getExternalBodies()).singleElement().satisfies(body -> {
      assertThat(body.getName()).isEqualTo("Ombudsman for Local Government");
      assertThat(body.getContact().getWebsite()).contains("www.lgo.org.uk");
    });
    assertThat(status).hasToString(
        "DisputeStatus[sandwell-compact-2019 as of 2025-06-02: referred at stage 4,"
            + " referred on 2025-06-02]");
    assertThat(referred.getHistory()).containsExactly(
        RecordedStep.of(Step.OPENED, 1, OPENED),
        RecordedStep.of(Step.MET, 1, LocalDate.of(2025, 3, 5)),
        RecordedStep.of(Step.ESCALATED, 1, STAGE_2),
        RecordedStep.of(Step.SUBMITTED, 2, STAGE_2),
        RecordedStep.of(Step.ESCALATED, 2, LocalDate.of(2025, 4, 7)),
        RecordedStep.of(Step.MET, 3, LocalDate.of(2025, 4, 22)),
        RecordedStep.of(Step.ESCALATED, 3, LocalDate.of(2025, 5, 6)),
        RecordedStep.of(Step.ESCALATED, 4, LocalDate.of(2025, 6, 2)));

    DisputeCase resolved = referred.resolve(LocalDate.of(2025, 9, 1));
    DisputeStatus end = resolved.status(LocalDate.of(2025, 9, 1));
    assertThat(end.getState()).isEqualTo(CaseState.RESOLVED);
    assertThat(end.getResolvedOn()).contains(LocalDate.of(2025, 9, 1));
    assertThat(end.getReferredOn()).contains(LocalDate.of(2025, 6, 2));
    assertThat(resolved.getHistory()).last()
        .isEqualTo(RecordedStep.of(Step.RESOLVED, 4, LocalDate.of(2025, 9, 1)));
  }

  @Test
  void aCaseResolvedAtStageTwoStopsThere() {
    DisputeCase resolved = atStageTwo().respond(LocalDate.of(2025, 3, 20))
        .resolve(LocalDate.of(2025, 3, 24));
    DisputeStatus status = resolved.status(LocalDate.of(2025, 12, 1));

    assertThat(status.getState()).isEqualTo(CaseState.RESOLVED);
    assertThat(status.getStageNumber()).isEqualTo(2);
    assertThat(status.getResolvedOn()).contains(LocalDate.of(2025, 3, 24));
    assertThat(status.getReferredOn()).isEmpty();
    assertThat(status.getExternalBodies()).isEmpty();
    assertThat(status.getDue()).isEmpty();
    assertThat(status.getDeadlines()).singleElement()
        .satisfies(d -> assertThat(d.getOutcome()).isEqualTo(Outcome.MET));
  }
}
