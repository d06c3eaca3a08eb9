package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
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
