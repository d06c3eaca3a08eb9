package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.immutables.value.Value;

/**
 * A consultation on a decision: who runs it, whom it significantly affects, when it opens and
 * closes, and when feedback was given.
 *
 * <pre>{@code
 * Consultation consultation = Consultation.builder()
 *     .by(Sector.PUBLIC)
 *     .addSignificantEffectOn(Sector.VOLUNTARY_COMMUNITY)
 *     .opensOn(LocalDate.of(2025, 1, 6))
 *     .closesOn(LocalDate.of(2025, 3, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractConsultation implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "consultation";

  /** The event's own reference, if it has one, such as a grant number or a case reference. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** The sector that consults. */
  public abstract Sector getBy();

  /** The sectors the decision is likely to affect significantly. */
  public abstract Set<Sector> getSignificantEffectOn();

  /** The first day of the consultation. */
  public abstract LocalDate getOpensOn();

  /** The last day of the consultation. */
  public abstract LocalDate getClosesOn();

  /** Whether the length of the consultation is constrained by law. */
  @Value.Default
  public boolean isLegallyConstrained() {
    return false;
  }


  /** Why the consultation is shorter than a rule asks for, if a reason was stated. */
  public abstract Optional<String> getShorterPeriodReason();

  /** When feedback on the outcome was given, if it has been. */
  public abstract Optional<LocalDate> getFeedbackGivenOn();

  @Override
  public String type() {
    return TYPE;
  }
}
