package org.compacts.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * A period of whole years, both ends inclusive, such as 2014&ndash;2018.
 *
 * <pre>{@code
 * YearRange period = YearRange.of(2014, 2018);
 * }</pre>
 */
@Value.Immutable
abstract class AbstractYearRange {
  /** The first year. */
  @Value.Parameter
  @Min(1900)
  @Max(2999)
  public abstract int getFirstYear();

  /** The last year, inclusive. */
  @Value.Parameter
  @Min(1900)
  @Max(2999)
  public abstract int getLastYear();
}
