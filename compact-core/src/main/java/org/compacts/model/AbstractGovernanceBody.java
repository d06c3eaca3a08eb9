package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that oversees a compact, such as a compact working group or a strategic partnership,
 * with its composition where the source states it.
 *
 * <pre>{@code
 * GovernanceBody group = GovernanceBody.builder()
 *     .id("compact-group")
 *     .name("Exampleshire Compact Group")
 *     .members(12)
 *     .addSeats(Seat.of(Sector.PUBLIC, 6), Seat.of(Sector.VOLUNTARY_COMMUNITY, 6))
 *     .source(Citation.of("Governance", "The Compact Group has twelve members ..."))
 *     .build();
 * }</pre>
 *
 * <p>When both {@code members} and {@code seats} are given, the seats add up to the members;
 * the validator reports seats that do not with the code {@code seat-count}.
 */
@Value.Immutable
abstract class AbstractGovernanceBody {
  /** The body's id, a slug unique among the compact's governance bodies. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The body's name, or the words that describe it where it has none, as printed. */
  @NotBlank
  public abstract String getName();

  /** How many members the body has, where the source says. */
  public abstract Optional<@Positive Integer> getMembers();

  /** Its seats by sector (or by role, for a member of no sector), where the source says. */
  public abstract List<@Valid Seat> getSeats();

  /** Where the body stands in the source, and its verbatim words. */
  @Valid
  public abstract Citation getSource();
}
