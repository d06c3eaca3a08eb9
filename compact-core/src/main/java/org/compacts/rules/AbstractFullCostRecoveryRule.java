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
 * Full cost recovery on funding awards: read from {@code funding-award} events.
 *
 * <pre>{@code
 * FullCostRecoveryRule rule = FullCostRecoveryRule.builder()
 *     .id("full-cost-recovery")
 *     .modality(Modality.WILL)
 *     .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
 *     .recipient(Sector.VOLUNTARY_COMMUNITY)
 *     .source(Citation.of("Effective Delivery", "Full cost recovery principles will apply ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractFullCostRecoveryRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "full-cost-recovery";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The arrangements the rule covers. */
  @NotEmpty
  public abstract Set<Arrangement> getArrangements();

  /** The recipient sector (the event's {@code recipientSector}). */
  public abstract Sector getRecipient();

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
   * Decides the rule for a funding award. It applies to the rule's arrangements made to the
   * rule's recipient sector: {@code met} when the award recovers full cost, {@code not-met}
   * when it does not, {@code pending} when the event does not say.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    FundingAward award = (FundingAward) event;
    if (!getArrangements().contains(award.getArrangement())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This award is a ")
          .label(award.getArrangement()).text(", which the rule does not cover (it covers ")
          .either(getArrangements()).text(")").end());
    }
    if (award.getRecipientSector() != getRecipient()) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This award is made to the ")
          .label(award.getRecipientSector()).text(" sector, but the rule covers awards to the ")
          .label(getRecipient()).text(" sector").end());
    }
    Boolean fullCost = award.getFullCostRecovery().orElse(null);
    if (fullCost == null) {
      return Assessment.of(Outcome.PENDING, term(award)
          .text(" does not say whether it recovers full cost").end());
    }
    return Assessment.of(fullCost ? Outcome.MET : Outcome.NOT_MET, term(award)
        .text(fullCost ? " recovers full cost" : " does not recover full cost").end());
  }

  /** "The grant from 2025-04-01 to 2026-03-31", or "... from 2025-04-01" with no end date. */
  private static Sentence term(FundingAward award) {
    Sentence sentence = Sentence.start("The ").label(award.getArrangement()).text(" from ")
        .date(award.getStartsOn());
    LocalDate ends = award.getEndsOn().orElse(null);
    return ends == null ? sentence : sentence.text(" to ").date(ends);
  }
}
