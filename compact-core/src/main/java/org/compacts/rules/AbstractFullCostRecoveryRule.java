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

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }
}
