package org.compacts.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Seats on a governance body: how many members represent a sector, or hold a role that
 * represents none (an independent chair).
 *
 * <pre>{@code
 * Seat vcs = Seat.of(Sector.VOLUNTARY_COMMUNITY, 6);
 * Seat chair = Seat.builder().role("independent Chair").count(1).build();
 * }</pre>
 *
 * <p>A seat names its sector, its role, or both; the validator reports one that names neither
 * with the code {@code seat-unnamed}.
 */
@Value.Immutable
abstract class AbstractSeat {
  /** The sector these members represent. */
  public abstract Optional<Sector> getSector();

  /** How many members hold these seats. */
  @Positive
  public abstract int getCount();

  /** The role of these members, as printed, such as {@code independent Chair}. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getRole();

  /**
   * Returns the seats of a sector.
   *
   * @param sector the sector the members represent
   * @param count how many members, positive in a valid compact
   * @return the seats
   */
  public static Seat of(Sector sector, int count) {
    return Seat.builder().sector(sector).count(count).build();
  }
}
