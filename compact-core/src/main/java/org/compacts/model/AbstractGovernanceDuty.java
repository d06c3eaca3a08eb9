package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * One duty of a compact's governance: a champion, a plan, a meeting every quarter, a report
 * every year.
 *
 * <pre>{@code
 * GovernanceDuty meeting = GovernanceDuty.builder()
 *     .id("quarterly-meeting")
 *     .kind(DutyKind.MEETING)
 *     .every(TimeSpan.of(3, TimeSpanUnit.MONTHS))
 *     .activity("compact-meeting")
 *     .source(Citation.of("Promotion of the Compact and Governance", "Partners are represented at a quarterly Compact meeting ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractGovernanceDuty {
  /** The duty's id, a slug unique among the compact's governance duties. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** What kind of duty it is. */
  public abstract DutyKind getKind();

  /** How often it recurs, where it does. */
  public abstract Optional<@Valid TimeSpan> getEvery();

  /** The activity a governance record of this duty names, such as {@code compact-meeting}. */
  public abstract Optional<@Pattern(regexp = Slug.REGEX) String> getActivity();

  /** Where the duty stands in the source, and its verbatim words. */
  @Valid
  public abstract Citation getSource();
}
