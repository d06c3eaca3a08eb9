package org.compacts.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Compact;
import org.compacts.model.ExternalBody;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Outcome;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;

/** Walks a dispute through Staffordshire's three stages to the external bodies. */
class StaffordshireDisputeTest {
  private static final Compact STAFFORDSHIRE = Procedures.staffordshire();
  private static final LocalDate OPENED = LocalDate.of(2025, 1, 6);
  /** Initial contact with the Working Group: stage 2 starts. */
  private static final LocalDate FORMAL = LocalDate.of(2025, 1, 20);
  /** Six weeks after initial contact. */
  private static final LocalDate DUE = LocalDate.of(2025, 3, 3);

  private static DisputeCase atFormalStage() {
    return DisputeCase.open(STAFFORDSHIRE, OPENED)
        .meet(LocalDate.of(2025, 1, 8))
        .escalate(FORMAL)
        .submit(FORMAL);
  }

  @Test
  void theFixtureIsAValidCompact() {
    assertThat(CompactValidator.create().validate(STAFFORDSHIRE)).isEmpty();
  }

  @Test
  void theInformalStageNamesTheChampionsAndTheWorkingGroup() {
    DisputeStatus status = DisputeCase.open(STAFFORDSHIRE, OPENED).status(OPENED.plusDays(3));

    assertThat(status.getStageNumber()).isEqualTo(1);
    assertThat(status.getStageName()).contains("Informal");
    assertThat(status.getActions()).first().asString()
        .endsWith("it should first try to resolve this through discussion.");
    assertThat(status.getThirdParties()).containsExactly(
        "designated Staffordshire Compact Champions", Procedures.WORKING_GROUP);
    assertThat(status.getDue()).isEmpty();
    assertThat(status.getExternalBodies()).isEmpty();
  }

  @Test
  void theFormalStageShouldFinishWithinSixWeeksOfInitialContact() {
    DisputeStatus status = atFormalStage().status(FORMAL);

    assertThat(status.getStageNumber()).isEqualTo(2);
    assertThat(status.getStageName()).contains("Formal");
    assertThat(status.getActions())
        .contains("This should happen within six weeks of initial contact being made.");
    assertThat(status.getThirdParties()).containsExactly(Procedures.WORKING_GROUP);
    Deadline due = status.getDue().orElseThrow();
    assertThat(due.getLimit()).isEqualTo(TimeSpan.of(6, TimeSpanUnit.WEEKS));
    assertThat(due.getStartedOn()).isEqualTo(FORMAL);
    assertThat(due.getDueOn()).isEqualTo(DUE);
    assertThat(due.getOutcome()).isEqualTo(Outcome.PENDING);
    assertThat(due.getSource().getClause()).isEqualTo("Stage Two - Formal");
  }

  @Test
  void theLastDayOfTheSixWeeksIsNotOverdueTheNextDayIs() {
    DisputeCase waiting = atFormalStage();

    assertThat(waiting.status(DUE).isOverdue()).isFalse();
    assertThat(waiting.status(DUE).getDue().orElseThrow().getOutcome())
        .isEqualTo(Outcome.PENDING);
    DisputeStatus late = waiting.status(DUE.plusDays(1));
    assertThat(late.isOverdue()).isTrue();
    assertThat(late.getOverdue().orElseThrow().getDueOn()).isEqualTo(DUE);
    assertThat(late).hasToString("DisputeStatus[staffordshire-stoke-compact-2014 as of"
        + " 2025-03-04: open at stage 2, due 2025-03-03 (overdue)]");
  }

  @Test
  void thePanelMeetingCompletesTheFormalStage() {
    assertThat(atFormalStage().meet(DUE).status(DUE.plusWeeks(1)).getDeadlines())
        .singleElement()
        .satisfies(d -> assertThat(d.getOutcome()).isEqualTo(Outcome.MET));
    assertThat(atFormalStage().meet(DUE.plusDays(1)).status(DUE.plusWeeks(1)).getDeadlines())
        .singleElement()
        .satisfies(d -> assertThat(d.getOutcome()).isEqualTo(Outcome.NOT_MET));
  }

  @Test
  void walksAllThreeStagesToTheExternalBodies() {
    DisputeCase dispute = atFormalStage()
        .meet(LocalDate.of(2025, 2, 24))                  // the panel meets both sides
        .respond(LocalDate.of(2025, 2, 28))
        .escalate(LocalDate.of(2025, 3, 17));             // to stage 3, Additional

    DisputeStatus additional = dispute.status(LocalDate.of(2025, 3, 17));
    assertThat(additional.getStageNumber()).isEqualTo(3);
    assertThat(additional.getStageName()).contains("Additional");
    assertThat(additional.isLastStage()).isTrue();
    assertThat(additional.getThirdParties()).containsExactly("the panel");
    assertThat(additional.getExternalBodies()).extracting(ExternalBody::getId)
        .containsExactly("local-government-ombudsmen", "compact-voice", "navca");
    assertThat(additional.getDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.getCompletedOn()).contains(LocalDate.of(2025, 2, 24));
      assertThat(d.getOutcome()).isEqualTo(Outcome.MET);
    });

    DisputeCase referred = dispute.escalate(LocalDate.of(2025, 4, 14));
    DisputeStatus status = referred.status(LocalDate.of(2025, 4, 30));
    assertThat(status.getState()).isEqualTo(CaseState.REFERRED);
    assertThat(status.getReferredOn()).contains(LocalDate.of(2025, 4, 14));
    assertThat(status.getStageNumber()).isEqualTo(3);
    assertThat(status.isOverdue()).isFalse();
    List<ExternalBody> bodies = status.getExternalBodies();
    assertThat(bodies).hasSize(3);
    assertThat(bodies.get(0).getName()).isEqualTo("The Local Government Ombudsmen");
    assertThat(bodies.get(0).getContact().getAddress())
        .containsExactly("PO Box 4771", "Coventry", "CV4 0EH");
    assertThat(bodies.get(0).getContact().getTelephone()).contains("0300 061 0614");
    assertThat(bodies.get(0).getContact().getWebsite()).contains("www.lgo.org.uk");
    assertThat(bodies.get(1).getName()).isEqualTo("Compact Voice");
    assertThat(bodies.get(1).getContact().getAddress())
        .containsExactly("Society Building", "8 All Saints Street", "London", "N1 9RL");
    assertThat(bodies.get(1).getContact().getEmail()).contains("compact@compactvoice.org.uk");
    assertThat(bodies.get(1).getContact().getTelephone()).contains("0207 520 2451");
    assertThat(bodies.get(2).getContact().getWebsite()).contains("www.navca.org.uk");

    assertThat(referred.toDisputeSteps()).containsExactly(
        DisputeStep.builder().stage(1).startedOn(OPENED)
            .completedOn(LocalDate.of(2025, 1, 8)).build(),
        DisputeStep.builder().stage(2).startedOn(FORMAL)
            .completedOn(LocalDate.of(2025, 2, 24)).build(),
        DisputeStep.builder().stage(3).startedOn(LocalDate.of(2025, 3, 17))
            .completedOn(LocalDate.of(2025, 4, 14)).build());
  }

  @Test
  void anOverdueFormalStageEscalatedLateStaysNotMet() {
    DisputeCase dispute = atFormalStage().escalate(LocalDate.of(2025, 3, 10));

    assertThat(dispute.status(LocalDate.of(2025, 3, 5)).isOverdue()).isTrue();
    DisputeStatus after = dispute.status(LocalDate.of(2025, 3, 10));
    assertThat(after.getStageNumber()).isEqualTo(3);
    assertThat(after.isOverdue()).isFalse();
    assertThat(after.getDeadlines()).singleElement().satisfies(d -> {
      assertThat(d.getCompletedOn()).contains(LocalDate.of(2025, 3, 10));
      assertThat(d.getOutcome()).isEqualTo(Outcome.NOT_MET);
    });
  }
}
