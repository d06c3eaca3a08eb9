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

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }
}
