package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
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

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }
}
