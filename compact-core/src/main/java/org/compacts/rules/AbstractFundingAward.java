package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.model.Text;
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

  /** The pattern of an ISO 4217 currency code, such as {@code GBP}. */
  public static final String CURRENCY_PATTERN = "[A-Z]{3}";

  /** The event's own reference, if it has one, such as a grant number or a case reference. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** The arrangement awarded. */
  public abstract Arrangement getArrangement();

  /** The sector that awards it. */
  public abstract Sector getAwardedBy();

  /** The sector of the recipient. */
  public abstract Sector getRecipientSector();

  /** The organisation that funds, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getFunder();

  /** The organisation funded, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getRecipient();

  /** The amount awarded, exactly as stated, if known. */
  public abstract Optional<@PositiveOrZero BigDecimal> getAmountAwarded();

  /** The ISO 4217 code of the currency of {@link #getAmountAwarded()}; {@code GBP} unless given. */
  @Value.Default
  @Pattern(regexp = CURRENCY_PATTERN, message = "is not an ISO 4217 currency code such as 'GBP'")
  public String getCurrency() {
    return "GBP";
  }

  /** The first day of the term. */
  public abstract LocalDate getStartsOn();

  /** The last day of the term, inclusive, if known. */
  public abstract Optional<LocalDate> getEndsOn();

  /** Whether the award recovers full cost, if known. */
  public abstract Optional<Boolean> getFullCostRecovery();

  @Override
  public String type() {
    return TYPE;
  }
}
