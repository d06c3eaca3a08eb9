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
 * A preferred minimum term for funding awards: read from {@code funding-award} events.
 *
 * <pre>{@code
 * MinimumTermRule rule = MinimumTermRule.builder()
 *     .id("three-year-contracts")
 *     .modality(Modality.ENDEAVOUR)
 *     .period(TimeSpan.of(3, TimeSpanUnit.YEARS))
 *     .addArrangements(Arrangement.CONTRACT)
 *     .awardedBy(Sector.PUBLIC)
 *     .source(Citation.of("1", "Sustainability - Commissioners will endeavour ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractMinimumTermRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "minimum-term";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The minimum term, end date inclusive. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The arrangements the rule covers. */
  @NotEmpty
  public abstract Set<Arrangement> getArrangements();

  /** The sector that awards (the event's {@code awardedBy}). */
  public abstract Sector getAwardedBy();

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

  /** Reads {@code funding-award} events. */
  @Override
  public String eventType() {
    return FundingAward.TYPE;
  }

  /**
   * Decides the rule for a funding award. It applies to the rule's arrangements awarded by
   * the rule's sector. End dates are inclusive: the award is {@code met} when {@code endsOn}
   * is on or after {@code startsOn} plus the period minus one day (the due date), so that
   * 1 April 2025 to 31 March 2028 is three years; else {@code not-met}. An award with no end
   * date is {@code pending}, naming the missing end date.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    FundingAward award = (FundingAward) event;
    if (!getArrangements().contains(award.getArrangement())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This award is a ")
          .label(award.getArrangement()).text(", which the rule does not cover (it covers ")
          .either(getArrangements()).text(")").end());
    }
    if (award.getAwardedBy() != getAwardedBy()) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This award is made by the ")
          .label(award.getAwardedBy()).text(" sector, but the rule covers awards by the ")
          .label(getAwardedBy()).text(" sector").end());
    }
    LocalDate starts = award.getStartsOn();
    LocalDate lastDay = getPeriod().addTo(starts, context.calendar()).minusDays(1);
    LocalDate ends = award.getEndsOn().orElse(null);
    if (ends == null) {
      return Assessment.of(Outcome.PENDING, Sentence.start("The award starting on ").date(starts)
          .text(" gives no end date (endsOn), so whether its term reaches ").date(lastDay)
          .text(", the last day of ").span(getPeriod()).text(" from its start, is not known")
          .end(), lastDay);
    }
    boolean longEnough = !ends.isBefore(lastDay);
    return Assessment.of(longEnough ? Outcome.MET : Outcome.NOT_MET,
        Sentence.start("The term from ").date(starts).text(" to ").date(ends)
            .text(longEnough ? " ends on or after " : " ends before ").date(lastDay)
            .text(", the last day of ").span(getPeriod()).text(" from its start").end(),
        lastDay);
  }
}
