package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.compacts.rules.Rule;
import org.immutables.value.Value;

/**
 * A local compact: who is party to it and who signed it, what it aims for, the principles and
 * undertakings it holds, its quantified rules, the codes of practice it points to, how it
 * resolves disagreements and how it is governed. Every principle, undertaking, rule and stage
 * cites its clause and verbatim words.
 *
 * <pre>{@code
 * Compact compact = Compact.builder()
 *     .id("example-compact")
 *     .title("Example Compact")
 *     .kind(CompactKind.COMPACT)
 *     .area("Example")
 *     .status(CompactStatus.ADOPTED)
 *     .datedOn(LocalDate.of(2022, 4, 7))
 *     .addParties(Party.builder().id("council").name("Example Council")
 *         .sector(Sector.PUBLIC).bodyType(BodyType.LOCAL_AUTHORITY).build())
 *     .build();
 * Compact renamed = compact.withTitle("Example Compact 2025");
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCompact {
  /** The compact's id, a slug such as {@code sandwell-compact-2019}. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The title as printed. */
  @NotBlank
  public abstract String getTitle();

  /** What sort of document it is. */
  public abstract CompactKind getKind();

  /** The area it covers, such as "Sandwell". */
  @NotBlank
  public abstract String getArea();

  /** Whether it is a draft or adopted. */
  public abstract CompactStatus getStatus();

  /** What the compact says of its own legal standing, verbatim. */
  public abstract List<@Valid Citation> getLegalStanding();

  /** The day it is dated, where it is. */
  public abstract Optional<LocalDate> getDatedOn();

  /** The years it covers, where it states them. */
  public abstract Optional<@Valid YearRange> getPeriod();

  /** The month it was last refreshed, where it states one. */
  public abstract Optional<YearMonth> getRefreshedIn();

  /** Its foreword, if it has one. */
  public abstract Optional<@Valid Foreword> getForeword();

  /** Its vision, verbatim. */
  public abstract List<@Valid Citation> getVision();

  /** Its purpose, verbatim. */
  public abstract List<@Valid Citation> getPurpose();

  /** Its intended outcomes, objectives or themed sections. */
  public abstract List<@Valid Objective> getObjectives();

  /** What it says each sector includes. */
  public abstract List<@Valid SectorDefinition> getSectorDefinitions();

  /** Narrative sections the rest of the model does not hold. */
  public abstract List<@Valid Section> getSections();

  /** The organisations party to it. */
  public abstract List<@Valid Party> getParties();

  /** The people who signed it. */
  public abstract List<@Valid Signatory> getSignatories();

  /** Its shared principles or values. */
  public abstract List<@Valid Principle> getPrinciples();

  /** What each side undertakes to do. */
  public abstract List<@Valid Undertaking> getUndertakings();

  /** Its quantified rules, in order. */
  public abstract List<@Valid Rule> getRules();

  /** The codes of practice it includes or refers to. */
  public abstract List<@Valid CodeOfPractice> getCodesOfPractice();

  /** How it resolves disagreements, if it says. */
  public abstract Optional<@Valid ResolutionProcedure> getResolution();

  /** How it is governed, if it says. */
  public abstract Optional<@Valid Governance> getGovernance();

  /** The form an organisation signs to adhere to it, if it has one. */
  public abstract Optional<@Valid CommitmentForm> getCommitmentForm();

  /** Documents it refers to. */
  public abstract List<@Valid RelatedDocument> getRelatedDocuments();

  /**
   * Finds a party by id.
   *
   * @param partyId the id to look for
   * @return the party, or empty when the compact has none with that id
   */
  public Optional<Party> findParty(String partyId) {
    return getParties().stream().filter(p -> p.getId().equals(partyId)).findFirst();
  }

  /**
   * Finds a rule by id.
   *
   * @param ruleId the id to look for
   * @return the rule, or empty when the compact has none with that id
   */
  public Optional<Rule> findRule(String ruleId) {
    return getRules().stream().filter(r -> r.getId().equals(ruleId)).findFirst();
  }
}
