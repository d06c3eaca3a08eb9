package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * A time limit on a stage of the resolution procedure: read from {@code dispute-step} events.
 *
 * <pre>{@code
 * StageTimeLimitRule rule = StageTimeLimitRule.builder()
 *     .id("written-response-21-days")
 *     .modality(Modality.SHOULD)
 *     .stage(2)
 *     .period(TimeSpan.of(21, TimeSpanUnit.DAYS))
 *     .source(Citation.of("Stage 2", "Request a written response within 21 days."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractStageTimeLimitRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "stage-time-limit";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The number of the stage the limit applies to; it must name a stage of the procedure. */
  @jakarta.validation.constraints.Positive
  public abstract int getStage();

  /** The time limit, counted from the day the stage starts. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The tags an event must carry, every one, for the rule to apply; empty for any event. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getOnlyWhen();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }

  /** Reads {@code dispute-step} events. */
  @Override
  public String eventType() {
    return DisputeStep.TYPE;
  }

  /**
   * Decides the rule for a dispute step. It applies to the rule's stage. The due date is
   * {@code startedOn} plus the period: completion on or before it is {@code met}, later
   * {@code not-met}; with no completion, {@code pending} while {@code asOf} is on or before
   * the due date, then {@code not-met}.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    DisputeStep step = (DisputeStep) event;
    if (step.getStage() != getStage()) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This step is at stage ")
          .number(step.getStage()).text(", but the rule limits stage ").number(getStage())
          .end());
    }
    LocalDate started = step.getStartedOn();
    LocalDate due = getPeriod().addTo(started, context.calendar());
    LocalDate completed = step.getCompletedOn().orElse(null);
    if (completed != null) {
      boolean inTime = !completed.isAfter(due);
      return Assessment.of(inTime ? Outcome.MET : Outcome.NOT_MET,
          Sentence.start("Stage ").number(getStage()).text(" started on ").date(started)
              .text(" and was completed on ").date(completed)
              .text(inTime ? ", on or before " : ", after ").date(due).text(", ")
              .span(getPeriod()).text(" after it started").end(),
          due);
    }
    LocalDate asOf = context.asOf();
    boolean open = !asOf.isAfter(due);
    return Assessment.of(open ? Outcome.PENDING : Outcome.NOT_MET,
        Sentence.start("Stage ").number(getStage()).text(" started on ").date(started)
            .text(" and is not completed as of ").date(asOf)
            .text(open ? "; it is due by " : ", after it was due on ").date(due).text(", ")
            .span(getPeriod()).text(" after it started").end(),
        due);
  }
}
