package org.compacts.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.resolution.CaseState;
import org.compacts.resolution.DisputeCase;
import org.compacts.resolution.DisputeException;
import org.compacts.resolution.DisputeStatus;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

/** The README's "Disputes" example, kept compiling and true, through the public API only. */
class DisputesReadmeExampleTest {
  @Test
  void runningADispute() {
    Compact compact = Compact.builder()
        .id("exampleshire-compact").title("Exampleshire Compact").kind(CompactKind.COMPACT)
        .area("Exampleshire").status(CompactStatus.ADOPTED)
        .resolution(ResolutionProcedure.builder()
            .addStages(Stage.builder().number(1).name("Talk to each other")
                .addActions("Talk to each other.").addThirdParties("SCVO")
                .source(Citation.of("Stage 1", "Talk to each other.")).build())
            .addStages(Stage.builder().number(2).name("Submit a written enquiry or complaint")
                .addActions("Submit a written enquiry or complaint.",
                    "Request a written response within 21 days.")
                .addThirdParties("SCVO")
                .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS))
                .source(Citation.of("Stage 2", "Request a written response within 21 days.")).build())
            .addExternalBodies(ExternalBody.builder().id("local-government-ombudsman")
                .name("Ombudsman for Local Government")
                .contact(Contact.builder().website("www.lgo.org.uk").build()).build())
            .build())
        .build();

    DisputeCase dispute = DisputeCase.open(compact, LocalDate.of(2025, 3, 3))   // stage 1
        .meet(LocalDate.of(2025, 3, 5))
        .escalate(LocalDate.of(2025, 3, 10))                                   // stage 2 starts
        .submit(LocalDate.of(2025, 3, 10));

    DisputeStatus status = dispute.status(LocalDate.of(2025, 4, 1));
    status.getStageNumber();                     // 2
    status.getActions();                         // [Submit a written enquiry or complaint., Request ...]
    status.getThirdParties();                    // [SCVO]
    status.getDue().orElseThrow().getDueOn();    // 2025-03-31
    dispute.status(LocalDate.of(2025, 3, 31)).isOverdue();   // false: the due day
    status.isOverdue();                          // true: the day after
    assertThat(status.getStageNumber()).isEqualTo(2);
    assertThat(status.getActions()).containsExactly("Submit a written enquiry or complaint.",
        "Request a written response within 21 days.");
    assertThat(status.getThirdParties()).containsExactly("SCVO");
    assertThat(status.getDue().orElseThrow().getDueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(dispute.status(LocalDate.of(2025, 3, 31)).isOverdue()).isFalse();
    assertThat(status.isOverdue()).isTrue();

    DisputeCase referred = dispute.escalate(LocalDate.of(2025, 4, 7));      // from the last stage
    referred.getState();                                                     // REFERRED
    referred.status(LocalDate.of(2025, 4, 7)).getExternalBodies();           // [the Ombudsman ...]
    assertThat(referred.getState()).isEqualTo(CaseState.REFERRED);
    assertThat(referred.status(LocalDate.of(2025, 4, 7)).getExternalBodies())
        .extracting(ExternalBody::getName).containsExactly("Ombudsman for Local Government");
    DisputeException e = catchThrowableOfType(DisputeException.class, () -> {
      referred.escalate(LocalDate.of(2025, 4, 8));
      // DisputeException (PAST_LAST_STAGE): Cannot record 'escalated' on 2025-04-08: stage 2 is the
      // last stage of compact 'exampleshire-compact', and the case was already referred to its
      // external bodies on 2025-04-07.
    });
    assertThat(e.getProblem()).isEqualTo(DisputeException.Problem.PAST_LAST_STAGE);
    assertThat(e).hasMessage("Cannot record 'escalated' on 2025-04-08: stage 2 is the last"
        + " stage of compact 'exampleshire-compact', and the case was already referred to its"
        + " external bodies on 2025-04-07.");
  }
}
