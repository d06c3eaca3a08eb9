package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Slug;
import org.immutables.value.Value;

/**
 * One stage of a dispute under a compact's resolution procedure: when it started and, if it
 * has, when it was completed.
 *
 * <pre>{@code
 * DisputeStep step = DisputeStep.builder()
 *     .stage(2)
 *     .startedOn(LocalDate.of(2025, 3, 1))
 *     .completedOn(LocalDate.of(2025, 3, 22))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractDisputeStep implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "dispute-step";

  /** The event's own reference, if it has one, such as a grant number or a case reference. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** The stage number. */
  @Positive
  public abstract int getStage();

  /** The day the stage started. */
  public abstract LocalDate getStartedOn();

  /** The day the stage was completed, if it has been. */
  public abstract Optional<LocalDate> getCompletedOn();

  @Override
  public String type() {
    return TYPE;
  }
}
