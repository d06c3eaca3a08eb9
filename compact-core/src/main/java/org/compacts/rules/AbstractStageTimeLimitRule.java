package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }
}
