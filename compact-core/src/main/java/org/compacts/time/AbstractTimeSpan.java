package org.compacts.time;

import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * An amount of time in a unit, as a compact states it: 21 days, 12 weeks, three months.
 *
 * <pre>{@code
 * TimeSpan notice = TimeSpan.of(3, TimeSpanUnit.MONTHS);
 * }</pre>
 */
@Value.Immutable
abstract class AbstractTimeSpan {
  /** How many units; positive in a valid compact. */
  @Value.Parameter
  @Positive
  public abstract int getAmount();

  /** The unit. */
  @Value.Parameter
  public abstract TimeSpanUnit getUnit();

  @Override
  public String toString() {
    String unit = getUnit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return getAmount() + " " + (getAmount() == 1 ? unit.replaceFirst("s$", "") : unit);
  }
}
