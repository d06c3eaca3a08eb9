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
 *     .addRequires(NoticeElement.IN_WRITING, NoticeElement.REASONS)
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

  /**
   * What the notice must hold besides its timing (in writing, with reasons, with an
   * opportunity to respond); empty when timing alone decides.
   */
  public abstract Set<NoticeElement> getRequires();

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

  /** Reads {@code funding-change} events. */
  @Override
  public String eventType() {
    return FundingChange.TYPE;
  }

  /**
   * Decides the rule for a funding change. It applies when the change and arrangement are
   * among the rule's, the change was decided by the giving sector and affects the receiving
   * sector. It is {@code exempt} under the agreed-end-date exemption for a cessation taking
   * effect on or after the agreed end date. Otherwise the deadline is {@code takesEffectOn}
   * minus the period: notice on or before it is {@code met}, later {@code not-met}; with no
   * notice, {@code pending} while {@code asOf} is on or before the deadline, then
   * {@code not-met}. Notice in time must then hold each element the rule {@code requires}: one
   * the event says is missing ({@code false}) makes it {@code not-met}, one the event does not
   * say makes it {@code pending}, and {@code not-met} wins over {@code pending}.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    FundingChange change = (FundingChange) event;
    if (!getChanges().contains(change.getChange())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This funding change is a ")
          .label(change.getChange()).text(", which the rule does not cover (it covers ")
          .either(getChanges()).text(")").end());
    }
    if (!getArrangements().contains(change.getArrangement())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This funding change concerns a ")
          .label(change.getArrangement()).text(", which the rule does not cover (it covers ")
          .either(getArrangements()).text(")").end());
    }
    if (change.getDecidedBy() != getGivenBy()) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This funding change was decided"
          + " by the ").label(change.getDecidedBy()).text(" sector, but the rule covers notice"
          + " given by the ").label(getGivenBy()).text(" sector").end());
    }
    if (!change.getAffects().contains(getGivenTo())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This funding change does not"
          + " affect the ").label(getGivenTo()).text(" sector, to which the rule gives notice")
          .end());
    }
    LocalDate takesEffect = change.getTakesEffectOn();
    if (change.getChange() == ChangeKind.CESSATION
        && getExemptions().contains(Exemption.AGREED_END_DATE)) {
      LocalDate agreedEnd = change.getAgreedEndDate().orElse(null);
      if (agreedEnd != null && !takesEffect.isBefore(agreedEnd)) {
        return Assessment.of(Outcome.EXEMPT, Sentence.start("The cessation takes effect on ")
            .date(takesEffect).text(", on or after the agreed end date ").date(agreedEnd)
            .text(", so the agreed-end-date exemption holds").end());
      }
    }
    LocalDate deadline = getPeriod().subtractFrom(takesEffect, context.calendar());
    LocalDate notice = change.getNoticeGivenOn().orElse(null);
    if (notice != null) {
      boolean inTime = !notice.isAfter(deadline);
      Sentence timing = Sentence.start("Notice was given on ").date(notice)
          .text(inTime ? ", on or before " : ", after ").date(deadline).text(", ")
          .span(getPeriod()).text(" before the ").label(change.getChange())
          .text(" takes effect on ").date(takesEffect);
      if (!inTime) {
        return Assessment.of(Outcome.NOT_MET, timing.end(), deadline);
      }
      Set<NoticeElement> requires = getRequires();
      return requires.isEmpty() ? Assessment.of(Outcome.MET, timing.end(), deadline)
          : NoticeElements.assess(requires, change, timing, deadline);
    }
    LocalDate asOf = context.asOf();
    if (!asOf.isAfter(deadline)) {
      return Assessment.of(Outcome.PENDING, Sentence.start("No notice has been given as of ")
          .date(asOf).text("; it is due by ").date(deadline).text(", ").span(getPeriod())
          .text(" before the ").label(change.getChange()).text(" takes effect on ")
          .date(takesEffect).end(), deadline);
    }
    return Assessment.of(Outcome.NOT_MET, Sentence.start("No notice has been given as of ")
        .date(asOf).text(", after it was due on ").date(deadline).text(", ").span(getPeriod())
        .text(" before the ").label(change.getChange()).text(" takes effect on ")
        .date(takesEffect).end(), deadline);
  }
}
