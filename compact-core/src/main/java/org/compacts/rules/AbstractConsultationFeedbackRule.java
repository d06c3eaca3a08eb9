package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * Feedback on the outcome of a consultation: read from {@code consultation} events.
 *
 * <pre>{@code
 * ConsultationFeedbackRule rule = ConsultationFeedbackRule.builder()
 *     .id("consultation-feedback")
 *     .modality(Modality.WILL)
 *     .by(Sector.PUBLIC)
 *     .addAffecting(Sector.VOLUNTARY_COMMUNITY)
 *     .source(Citation.of("1", "... and giving feedback on the outcomes."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractConsultationFeedbackRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "consultation-feedback";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The sector that consults (the event's {@code by}). */
  public abstract Sector getBy();

  /** The sectors a decision must significantly affect for the rule to apply. */
  @NotEmpty
  public abstract Set<Sector> getAffecting();

  /** The tags an event must carry, every one, for the rule to apply; empty for any event. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getOnlyWhen();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }

  /** Reads {@code consultation} events. */
  @Override
  public String eventType() {
    return Consultation.TYPE;
  }

  /**
   * Decides the rule for a consultation, with the same applicability as
   * {@link MinimumConsultationRule}: {@code met} when feedback was given on or after the day
   * the consultation closes, {@code pending} while it has not been (feedback dated before the
   * close cannot be feedback on the outcome, so it is still awaited).
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    Consultation consultation = (Consultation) event;
    Assessment outOfScope = Scopes.consultation(getBy(), getAffecting(), consultation);
    if (outOfScope != null) {
      return outOfScope;
    }
    LocalDate closes = consultation.getClosesOn();
    LocalDate feedback = consultation.getFeedbackGivenOn().orElse(null);
    if (feedback == null) {
      return Assessment.of(Outcome.PENDING, Sentence.start("No feedback on the consultation"
          + " that closes on ").date(closes).text(" has been given as of ")
          .date(context.asOf()).end());
    }
    if (feedback.isBefore(closes)) {
      return Assessment.of(Outcome.PENDING, Sentence.start("Feedback dated ").date(feedback)
          .text(" comes before the consultation closes on ").date(closes)
          .text(", so feedback on its outcome is still awaited").end());
    }
    return Assessment.of(Outcome.MET, Sentence.start("Feedback was given on ").date(feedback)
        .text(", on or after the consultation closed on ").date(closes).end());
  }
}
