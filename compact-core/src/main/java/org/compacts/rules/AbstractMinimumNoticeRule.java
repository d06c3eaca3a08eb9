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
 * A minimum notice period before a funding arrangement is changed or ended: read from
 * {@code funding-change} events.
 *
 * <pre>{@code
 * MinimumNoticeRule rule = MinimumNoticeRule.builder()
 *     .id("three-months-notice")
 *     .modality(Modality.WILL)
 *     .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
 *     .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
 *     .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
 *     .givenBy(Sector.PUBLIC)
 *     .givenTo(Sector.VOLUNTARY_COMMUNITY)
 *     .addExemptions(Exemption.AGREED_END_DATE)
 *     .source(Citation.of("Shared principles", "That an agreed period of a minimum of three months notice ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractMinimumNoticeRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "minimum-notice";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The minimum notice period. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The changes the rule covers. */
  @NotEmpty
  public abstract Set<ChangeKind> getChanges();

  /** The arrangements the rule covers. */
  @NotEmpty
  public abstract Set<Arrangement> getArrangements();

  /** The sector that gives notice (the event's {@code decidedBy}). */
  public abstract Sector getGivenBy();

  /** The sector that receives notice (among the event's {@code affects}). */
  public abstract Sector getGivenTo();

  /** The exemptions the rule states. */
  public abstract Set<Exemption> getExemptions();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }
}
