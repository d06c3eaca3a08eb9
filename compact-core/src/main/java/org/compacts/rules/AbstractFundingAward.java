package org.compacts.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.compacts.model.Sector;
import org.immutables.value.Value;

/**
 * An award of funding: the arrangement, who awards it to which sector, its term (end date
 * inclusive) and whether it recovers full cost.
 *
 * <pre>{@code
 * FundingAward award = FundingAward.builder()
 *     .arrangement(Arrangement.CONTRACT)
 *     .awardedBy(Sector.PUBLIC)
 *     .recipientSector(Sector.VOLUNTARY_COMMUNITY)
 *     .startsOn(LocalDate.of(2025, 4, 1))
 *     .endsOn(LocalDate.of(2026, 3, 31))
 *     .fullCostRecovery(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractFundingAward implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "funding-award";

  /** The arrangement awarded. */
  public abstract Arrangement getArrangement();

  /** The sector that awards it. */
  public abstract Sector getAwardedBy();

  /** The sector of the recipient. */
  public abstract Sector getRecipientSector();

  /** The first day of the term. */
  public abstract LocalDate getStartsOn();

  /** The last day of the term, inclusive. */
  public abstract LocalDate getEndsOn();

  /** Whether the award recovers full cost, if known. */
  public abstract Optional<Boolean> getFullCostRecovery();

  @Override
  public String type() {
    return TYPE;
  }
}
