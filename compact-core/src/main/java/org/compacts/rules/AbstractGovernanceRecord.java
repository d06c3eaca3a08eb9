package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Slug;
import org.immutables.value.Value;

/**
 * A record of when a recurring governance activity happened between two dates.
 *
 * <pre>{@code
 * GovernanceRecord record = GovernanceRecord.builder()
 *     .activity("compact-meeting")
 *     .periodFrom(LocalDate.of(2025, 1, 1))
 *     .periodTo(LocalDate.of(2025, 12, 31))
 *     .addDates(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 5, 12))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractGovernanceRecord implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "governance-record";

  /** The event's own reference, if it has one, such as a grant number or a case reference. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** The activity, such as {@code compact-meeting} or {@code annual-report}. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getActivity();

  /** The first day of the record ({@code from} in JSON). */
  public abstract LocalDate getPeriodFrom();

  /** The last day of the record, inclusive ({@code to} in JSON). */
  public abstract LocalDate getPeriodTo();

  /** The days the activity happened. */
  public abstract List<LocalDate> getDates();

  @Override
  public String type() {
    return TYPE;
  }
}
