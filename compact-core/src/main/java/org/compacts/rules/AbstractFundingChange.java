package org.compacts.rules;

import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Sector;
import org.immutables.value.Value;

/**
 * A decision to change, end or review a funding arrangement, and when notice of it was given.
 *
 * <pre>{@code
 * FundingChange change = FundingChange.builder()
 *     .change(ChangeKind.CESSATION)
 *     .arrangement(Arrangement.GRANT)
 *     .decidedBy(Sector.PUBLIC)
 *     .addAffects(Sector.VOLUNTARY_COMMUNITY)
 *     .noticeGivenOn(LocalDate.of(2024, 12, 31))
 *     .takesEffectOn(LocalDate.of(2025, 3, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractFundingChange implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "funding-change";

  /** What the decision does. */
  public abstract ChangeKind getChange();

  /** The arrangement it concerns. */
  public abstract Arrangement getArrangement();

  /** The sector that decided it. */
  public abstract Sector getDecidedBy();

  /** The sectors it affects. */
  @NotEmpty
  public abstract Set<Sector> getAffects();

  /** When notice was given, if it has been. */
  public abstract Optional<LocalDate> getNoticeGivenOn();

  /** When the change takes effect. */
  public abstract LocalDate getTakesEffectOn();

  /** The previously defined and agreed end date of the arrangement, if it has one. */
  public abstract Optional<LocalDate> getAgreedEndDate();

  @Override
  public String type() {
    return TYPE;
  }
}
