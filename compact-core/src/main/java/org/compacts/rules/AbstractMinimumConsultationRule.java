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
 * A minimum consultation length when a decision is likely to have a significant effect on a
 * sector: read from {@code consultation} events.
 *
 * <pre>{@code
 * MinimumConsultationRule rule = MinimumConsultationRule.builder()
 *     .id("twelve-week-consultation")
 *     .modality(Modality.WILL)
 *     .period(TimeSpan.of(12, TimeSpanUnit.WEEKS))
 *     .by(Sector.PUBLIC)
 *     .addAffecting(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)
 *     .addExemptions(Exemption.LEGALLY_CONSTRAINED)
 *     .source(Citation.of("1", "Consultation – where a decision is likely ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractMinimumConsultationRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "minimum-consultation";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The minimum consultation length. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The sector that consults (the event's {@code by}). */
  public abstract Sector getBy();

  /** The sectors a decision must significantly affect for the rule to apply. */
  @NotEmpty
  public abstract Set<Sector> getAffecting();

  /** The exemptions the rule states. */
  public abstract Set<Exemption> getExemptions();

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
   * Decides the rule for a consultation. It applies when the consultation is run by the
   * rule's sector and significantly affects one of the rule's sectors. It is {@code exempt}
   * under the legally-constrained exemption for a consultation whose length the law
   * constrains. Otherwise it is {@code met} when {@code closesOn} is on or after
   * {@code opensOn} plus the period (the due date); a shorter consultation is {@code exempt}
   * under the shorter-with-reason exemption when the event states a reason that is not blank,
   * which the finding quotes, and {@code not-met} otherwise.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    Consultation consultation = (Consultation) event;
    Assessment outOfScope = Scopes.consultation(getBy(), getAffecting(), consultation);
    if (outOfScope != null) {
      return outOfScope;
    }
    if (consultation.isLegallyConstrained()
        && getExemptions().contains(Exemption.LEGALLY_CONSTRAINED)) {
      return Assessment.of(Outcome.EXEMPT, Sentence.start("The length of the consultation from ")
          .date(consultation.getOpensOn()).text(" to ").date(consultation.getClosesOn())
          .text(" is constrained by law, so the legally-constrained exemption holds").end());
    }
    LocalDate earliestClose = getPeriod().addTo(consultation.getOpensOn(), context.calendar());
    boolean longEnough = !consultation.getClosesOn().isBefore(earliestClose);
    String shorterReason = consultation.getShorterPeriodReason().orElse(null);
    if (!longEnough && shorterReason != null && !shorterReason.isBlank()
        && getExemptions().contains(Exemption.SHORTER_WITH_REASON)) {
      return Assessment.of(Outcome.EXEMPT, Sentence.start("The consultation opens on ")
          .date(consultation.getOpensOn()).text(" and closes on ")
          .date(consultation.getClosesOn()).text(", before ").date(earliestClose).text(", ")
          .span(getPeriod()).text(" after it opens, for the stated reason \"")
          .text(shorterReason.strip()).text("\", so the shorter-with-reason exemption holds")
          .end(), earliestClose);
    }
    return Assessment.of(longEnough ? Outcome.MET : Outcome.NOT_MET,
        Sentence.start("The consultation opens on ").date(consultation.getOpensOn())
            .text(" and closes on ").date(consultation.getClosesOn())
            .text(longEnough ? ", on or after " : ", before ").date(earliestClose).text(", ")
            .span(getPeriod()).text(" after it opens").end(),
        earliestClose);
  }
}
