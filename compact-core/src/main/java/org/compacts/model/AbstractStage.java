package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * One stage of a resolution procedure: what to do, who can help, how long it should take and
 * where to go next.
 *
 * <pre>{@code
 * Stage two = Stage.builder()
 *     .number(2)
 *     .name("Submit a written enquiry or complaint")
 *     .addActions("Submit a written enquiry or complaint.", "Request a written response within 21 days.")
 *     .addThirdParties("SCVO")
 *     .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS))
 *     .escalation("If this does not resolve the issue, please move to Stage 3.")
 *     .source(Citation.of("Stage 2", "Submit a written enquiry or complaint. ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractStage {
  /** The stage number; a procedure numbers its stages 1..n in order. */
  @Positive
  public abstract int getNumber();

  /** The stage's name as printed, such as "Informal". */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getName();

  /** What the parties do at this stage, verbatim, in order. */
  public abstract List<@NotBlank String> getActions();

  /** Who can help at this stage, as printed, such as "SCVO". */
  public abstract List<@NotBlank String> getThirdParties();

  /** How long the stage should take, where the source says. */
  public abstract Optional<@Valid TimeSpan> getTimeLimit();

  /** What to do if the stage does not resolve the issue, verbatim. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getEscalation();

  /** Where the stage stands in the source, and its verbatim words. */
  @Valid
  public abstract Citation getSource();
}
