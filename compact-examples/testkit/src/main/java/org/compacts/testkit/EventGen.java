package org.compacts.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Consultation;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;

/**
 * Generates events: any event of the standard types, or an event a given rule speaks to,
 * with its dates near the rule's deadline so that every outcome turns up. Dates stay within
 * 2016 to mid-2029, where the England and Wales calendar counts working days with room.
 *
 * <pre>{@code
 * Event any = EventGen.event(gen);
 * FundingChange change = EventGen.fundingChangeFor(gen, noticeRule);
 * Event forRule = EventGen.forRule(gen, rule);   // mostly one the rule applies to
 * }</pre>
 */
public final class EventGen {
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2029, 6, 30);
  private static final LocalDate LAST_RECORD_DAY = LocalDate.of(2030, 6, 30);
  private static final String[] ACTIVITIES = {"compact-meeting", "annual-report"};

  private EventGen() {}

  /** A day between 2016 and mid-2029. */
  public static LocalDate day(Gen gen) {
    return gen.date(FIRST, LAST);
  }

  /** An event of any standard type, with any facts. */
  public static Event event(Gen gen) {
    switch (gen.between(0, 5)) {
      case 0:
        return fundingChange(gen);
      case 1:
        return consultation(gen);
      case 2:
        return fundingAward(gen);
      case 3:
        return disputeStep(gen);
      case 4:
        return PaymentGen.payment(gen);
      default:
        return governanceRecord(gen, gen.pick(ACTIVITIES));
    }
  }

  /**
   * An event id half the time, else empty: a reference such as a grant number, at times with
   * spaces, punctuation or characters beyond ASCII, up to the longest allowed.
   */
  public static Optional<String> id(Gen gen) {
    switch (gen.between(0, 5)) {
      case 0:
        return Optional.of("360G-" + gen.slug().toUpperCase(java.util.Locale.ROOT));
      case 1:
        return Optional.of(gen.text(4) + " / Café " + gen.between(1, 9999));
      case 2:
        return Optional.of("x".repeat(Event.MAX_ID_LENGTH - 1) + gen.pick("y", "€"));
      default:
        return Optional.empty();
    }
  }

  /** Up to three tags, slugs such as {@code major-service-change}. */
  public static List<String> tags(Gen gen) {
    return gen.list(0, 3, gen::slug);
  }

  /** An organisation's name or identifier half the time, else empty. */
  public static Optional<String> organisation(Gen gen) {
    return gen.bool() ? Optional.empty()
        : Optional.of(gen.bool() ? "GB-CHC-" + gen.between(1000000, 9999999) : gen.text(5));
  }

  /** A yes, a no or nothing. */
  public static Optional<Boolean> maybe(Gen gen) {
    return gen.chance(0.3) ? Optional.empty() : Optional.of(gen.bool());
  }

  /** A funding change with any facts. */
  public static FundingChange fundingChange(Gen gen) {
    LocalDate takesEffect = day(gen);
    FundingChange.Builder b = FundingChange.builder()
        .id(id(gen))
        .tags(tags(gen))
        .change(gen.pick(ChangeKind.class))
        .arrangement(gen.pick(Arrangement.class))
        .decidedBy(gen.pick(Sector.class))
        .affects(gen.subset(Sector.class, 0))
        .funder(organisation(gen))
        .recipient(organisation(gen))
        .takesEffectOn(takesEffect)
        .noticeInWriting(maybe(gen))
        .reasonsGiven(maybe(gen))
        .responseInvited(maybe(gen));
    if (gen.chance(0.7)) {
      b.noticeGivenOn(takesEffect.minusDays(gen.between(0, 400)));
    }
    if (gen.chance(0.3)) {
      b.agreedEndDate(takesEffect.plusDays(gen.between(-60, 60)));
    }
    return b.build();
  }

  /** A consultation with any facts. */
  public static Consultation consultation(Gen gen) {
    LocalDate opens = day(gen);
    LocalDate closes = opens.plusDays(gen.between(0, 200));
    Consultation.Builder b = Consultation.builder()
        .id(id(gen))
        .tags(tags(gen))
        .by(gen.pick(Sector.class))
        .significantEffectOn(gen.subset(Sector.class, 0))
        .opensOn(opens)
        .closesOn(closes)
        .legallyConstrained(gen.chance(0.2));
    if (gen.chance(0.3)) {
      b.shorterPeriodReason(gen.pick(" ", "", gen.sentence()));
    }
    if (gen.bool()) {
      b.feedbackGivenOn(closes.plusDays(gen.between(-10, 90)));
    }
    return b.build();
  }

  /** A funding award with any facts. */
  public static FundingAward fundingAward(Gen gen) {
    LocalDate starts = day(gen);
    FundingAward.Builder b = FundingAward.builder()
        .id(id(gen))
        .tags(tags(gen))
        .arrangement(gen.pick(Arrangement.class))
        .awardedBy(gen.pick(Sector.class))
        .recipientSector(gen.pick(Sector.class))
        .funder(organisation(gen))
        .recipient(organisation(gen))
        .startsOn(starts);
    if (gen.chance(0.8)) {
      b.endsOn(starts.plusDays(gen.between(0, 2000)));
    }
    if (gen.chance(0.6)) {
      b.amountAwarded(amount(gen));
    }
    if (gen.chance(0.3)) {
      b.currency(gen.pick("GBP", "EUR", "USD"));
    }
    if (gen.chance(0.7)) {
      b.fullCostRecovery(gen.bool());
    }
    return b.build();
  }

  /**
   * An amount of money as a document writes it: whole pounds, pence, a fraction of a penny, or
   * large, never through a binary float.
   */
  public static BigDecimal amount(Gen gen) {
    switch (gen.between(0, 3)) {
      case 0:
        return BigDecimal.valueOf(gen.between(0, 1_000_000));
      case 1:
        return BigDecimal.valueOf(gen.between(0, 100_000_000), 2);
      case 2:
        return BigDecimal.valueOf(gen.between(1, 999_999), 6);
      default:
        return new BigDecimal(gen.between(1, 999_999_999) + "" + gen.between(100_000_000,
            999_999_999) + "." + gen.between(10, 99));
    }
  }

  /** A step at stage 1 to 4, completed or not. */
  public static DisputeStep disputeStep(Gen gen) {
    LocalDate started = day(gen);
    DisputeStep.Builder b = DisputeStep.builder().id(id(gen)).tags(tags(gen))
        .stage(gen.between(1, 4)).startedOn(started);
    if (gen.chance(0.6)) {
      b.completedOn(started.plusDays(gen.between(0, 120)));
    }
    return b.build();
  }

  /** A record of an activity over up to three years (ending by mid-2030), with up to a dozen dates. */
  public static GovernanceRecord governanceRecord(Gen gen, String activity) {
    LocalDate from = day(gen);
    LocalDate to = from.plusDays(gen.between(0, 1100));
    if (to.isAfter(LAST_RECORD_DAY)) {
      to = LAST_RECORD_DAY;
    }
    LocalDate end = to;
    return GovernanceRecord.builder()
        .id(id(gen))
        .tags(tags(gen))
        .activity(activity)
        .periodFrom(from)
        .periodTo(to)
        .dates(gen.list(0, 12, () -> gen.date(from.minusDays(30), end.plusDays(30))))
        .build();
  }

  /**
   * An event of the type a standard rule reads; four times in five one the rule applies to,
   * otherwise one with any facts (for a recurrence, a record of another activity).
   *
   * @throws IllegalArgumentException for a rule kind this kit does not know
   */
  public static Event forRule(Gen gen, Rule rule) {
    boolean applies = gen.chance(0.8);
    if (rule instanceof MinimumNoticeRule) {
      return applies ? fundingChangeFor(gen, (MinimumNoticeRule) rule) : fundingChange(gen);
    }
    if (rule instanceof MinimumConsultationRule) {
      MinimumConsultationRule r = (MinimumConsultationRule) rule;
      return applies ? consultationFor(gen, r.getBy(), r.getAffecting(), r.getPeriod())
          : consultation(gen);
    }
    if (rule instanceof ConsultationFeedbackRule) {
      ConsultationFeedbackRule r = (ConsultationFeedbackRule) rule;
      return applies ? consultationFor(gen, r.getBy(), r.getAffecting(), null)
          : consultation(gen);
    }
    if (rule instanceof MinimumTermRule) {
      return applies ? fundingAwardFor(gen, (MinimumTermRule) rule) : fundingAward(gen);
    }
    if (rule instanceof FullCostRecoveryRule) {
      return applies ? fundingAwardFor(gen, (FullCostRecoveryRule) rule) : fundingAward(gen);
    }
    if (rule instanceof StageTimeLimitRule) {
      return applies ? disputeStepFor(gen, (StageTimeLimitRule) rule) : disputeStep(gen);
    }
    if (rule instanceof RecurrenceRule) {
      RecurrenceRule r = (RecurrenceRule) rule;
      return applies ? governanceRecordFor(gen, r)
          : governanceRecord(gen, r.getActivity() + "-other");
    }
    if (rule instanceof PaymentInAdvanceRule) {
      return applies ? PaymentGen.paymentFor(gen, (PaymentInAdvanceRule) rule)
          : PaymentGen.payment(gen);
    }
    if (rule instanceof PaymentWithinRule) {
      return applies ? PaymentGen.paymentFor(gen, (PaymentWithinRule) rule)
          : PaymentGen.payment(gen);
    }
    throw new IllegalArgumentException("No event generator for rule kind " + rule.kind());
  }

  /** A funding change the rule applies to, with notice (if any) near the deadline. */
  public static FundingChange fundingChangeFor(Gen gen, MinimumNoticeRule rule) {
    LocalDate takesEffect = day(gen);
    LocalDate deadline =
        rule.getPeriod().subtractFrom(takesEffect, HolidayCalendar.englandAndWales());
    EnumSet<Sector> affects = gen.subset(Sector.class, 0);
    affects.add(rule.getGivenTo());
    FundingChange.Builder b = FundingChange.builder()
        .change(gen.pick(new ArrayList<>(rule.getChanges())))
        .arrangement(gen.pick(new ArrayList<>(rule.getArrangements())))
        .decidedBy(rule.getGivenBy())
        .affects(affects)
        .takesEffectOn(takesEffect);
    if (gen.chance(0.75)) {
      b.noticeGivenOn(deadline.plusDays(gen.between(-60, 30)));
    }
    b.noticeInWriting(maybe(gen)).reasonsGiven(maybe(gen)).responseInvited(maybe(gen));
    if (gen.chance(0.3)) {
      b.agreedEndDate(takesEffect.plusDays(gen.between(-30, 30)));
    }
    return b.build();
  }

  /**
   * A consultation by the sector that significantly affects one of the sectors, closing near
   * the end of the period if one is given.
   */
  public static Consultation consultationFor(
      Gen gen, Sector by, java.util.Set<Sector> affecting, TimeSpan period) {
    LocalDate opens = day(gen);
    LocalDate earliestClose = period == null ? opens.plusDays(gen.between(0, 120))
        : period.addTo(opens, HolidayCalendar.englandAndWales());
    LocalDate closes = earliestClose.plusDays(gen.between(-30, 30));
    if (closes.isBefore(opens)) {
      closes = opens;
    }
    EnumSet<Sector> effect = gen.subset(Sector.class, 0);
    effect.add(gen.pick(new ArrayList<>(affecting)));
    Consultation.Builder b = Consultation.builder()
        .by(by)
        .significantEffectOn(effect)
        .opensOn(opens)
        .closesOn(closes)
        .legallyConstrained(gen.chance(0.2));
    if (gen.bool()) {
      b.feedbackGivenOn(closes.plusDays(gen.between(-10, 60)));
    }
    if (gen.chance(0.3)) {
      b.shorterPeriodReason(gen.pick(" ", gen.sentence()));
    }
    return b.build();
  }

  /** A funding award the rule applies to, ending near the end of its minimum term. */
  public static FundingAward fundingAwardFor(Gen gen, MinimumTermRule rule) {
    LocalDate starts = day(gen);
    LocalDate lastDay =
        rule.getPeriod().addTo(starts, HolidayCalendar.englandAndWales()).minusDays(1);
    LocalDate ends = lastDay.plusDays(gen.between(-30, 30));
    return FundingAward.builder()
        .arrangement(gen.pick(new ArrayList<>(rule.getArrangements())))
        .awardedBy(rule.getAwardedBy())
        .recipientSector(gen.pick(Sector.class))
        .startsOn(starts)
        .endsOn(ends.isBefore(starts) ? starts : ends)
        .build();
  }

  /** A funding award the rule applies to, saying or not whether it recovers full cost. */
  public static FundingAward fundingAwardFor(Gen gen, FullCostRecoveryRule rule) {
    LocalDate starts = day(gen);
    FundingAward.Builder b = FundingAward.builder()
        .arrangement(gen.pick(new ArrayList<>(rule.getArrangements())))
        .awardedBy(gen.pick(Sector.class))
        .recipientSector(rule.getRecipient())
        .startsOn(starts)
        .endsOn(starts.plusDays(gen.between(0, 1500)));
    if (gen.chance(0.7)) {
      b.fullCostRecovery(gen.bool());
    }
    return b.build();
  }

  /** A step at the rule's stage, completed (if at all) near its due date. */
  public static DisputeStep disputeStepFor(Gen gen, StageTimeLimitRule rule) {
    LocalDate started = day(gen);
    LocalDate due = rule.getPeriod().addTo(started, HolidayCalendar.englandAndWales());
    DisputeStep.Builder b = DisputeStep.builder().stage(rule.getStage()).startedOn(started);
    if (gen.chance(0.6)) {
      LocalDate completed = due.plusDays(gen.between(-20, 20));
      b.completedOn(completed.isBefore(started) ? started : completed);
    }
    return b.build();
  }

  /**
   * A record of the rule's activity that holds at least one whole window of its period,
   * with dates in some windows and not others.
   */
  public static GovernanceRecord governanceRecordFor(Gen gen, RecurrenceRule rule) {
    LocalDate from = day(gen);
    int windows = gen.between(1, 6);
    LocalDate wholeEnd = rule.getPeriod().multipliedBy(windows)
        .addTo(from, HolidayCalendar.englandAndWales()).minusDays(1);
    LocalDate to = wholeEnd.plusDays(gen.between(0, 40));
    List<LocalDate> dates = new ArrayList<>();
    int n = gen.between(0, windows + 2);
    for (int i = 0; i < n; i++) {
      dates.add(gen.date(from, to));
    }
    return GovernanceRecord.builder()
        .activity(rule.getActivity())
        .periodFrom(from)
        .periodTo(to)
        .dates(dates)
        .build();
  }
}
