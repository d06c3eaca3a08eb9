package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.model.Text;
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

  /** The event's own reference, if it has one, such as a grant number or a case reference. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** What the decision does. */
  public abstract ChangeKind getChange();

  /** The arrangement it concerns. */
  public abstract Arrangement getArrangement();

  /** The sector that decided it. */
  public abstract Sector getDecidedBy();

  /** The sectors it affects. */
  public abstract Set<Sector> getAffects();

  /** The organisation that funds, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getFunder();

  /** The organisation funded, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getRecipient();

  /** When notice was given, if it has been. */
  public abstract Optional<LocalDate> getNoticeGivenOn();

  /** When the change takes effect. */
  public abstract LocalDate getTakesEffectOn();

  /** The previously defined and agreed end date of the arrangement, if it has one. */
  public abstract Optional<LocalDate> getAgreedEndDate();


  /** Whether the notice was given in writing, if known. */
  public abstract Optional<Boolean> getNoticeInWriting();

  /** Whether the notice gave the reasons for the decision, if known. */
  public abstract Optional<Boolean> getReasonsGiven();

  /** Whether the notice invited a response before the decision takes effect, if known. */
  public abstract Optional<Boolean> getResponseInvited();

  @Override
  public String type() {
    return TYPE;
  }
}
