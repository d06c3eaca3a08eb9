package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Consultation;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.Exemption;
import org.compacts.rules.Finding;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.NoticeElement;
import org.compacts.rules.Outcome;
import org.compacts.rules.Payment;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Mix-ins of rules, events and findings (DESIGN section 3). A rule carries its {@code kind}
 * and an event its {@code type} as the first field; the names come from the closed set of a
 * {@link org.compacts.rules.RuleCatalog}, registered as named subtypes (no default typing).
 */
final class RuleMixins {
  private RuleMixins() {}

  /** Every mix-in here, type to mix-in. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(Rule.class, RuleM.class),
      Map.entry(Event.class, EventM.class),
      Map.entry(MinimumNoticeRule.class, MinimumNoticeRuleM.class),
      Map.entry(MinimumNoticeRule.Builder.class, MinimumNoticeRuleB.class),
      Map.entry(MinimumConsultationRule.class, MinimumConsultationRuleM.class),
      Map.entry(MinimumConsultationRule.Builder.class, MinimumConsultationRuleB.class),
      Map.entry(ConsultationFeedbackRule.class, ConsultationFeedbackRuleM.class),
      Map.entry(ConsultationFeedbackRule.Builder.class, ConsultationFeedbackRuleB.class),
      Map.entry(MinimumTermRule.class, MinimumTermRuleM.class),
      Map.entry(MinimumTermRule.Builder.class, MinimumTermRuleB.class),
      Map.entry(FullCostRecoveryRule.class, FullCostRecoveryRuleM.class),
      Map.entry(FullCostRecoveryRule.Builder.class, FullCostRecoveryRuleB.class),
      Map.entry(StageTimeLimitRule.class, StageTimeLimitRuleM.class),
      Map.entry(StageTimeLimitRule.Builder.class, StageTimeLimitRuleB.class),
      Map.entry(RecurrenceRule.class, RecurrenceRuleM.class),
      Map.entry(RecurrenceRule.Builder.class, RecurrenceRuleB.class),
      Map.entry(PaymentInAdvanceRule.class, PaymentInAdvanceRuleM.class),
      Map.entry(PaymentInAdvanceRule.Builder.class, PaymentInAdvanceRuleB.class),
      Map.entry(PaymentWithinRule.class, PaymentWithinRuleM.class),
      Map.entry(PaymentWithinRule.Builder.class, PaymentWithinRuleB.class),
      Map.entry(FundingChange.class, FundingChangeM.class),
      Map.entry(FundingChange.Builder.class, FundingChangeB.class),
      Map.entry(Consultation.class, ConsultationM.class),
      Map.entry(Consultation.Builder.class, ConsultationB.class),
      Map.entry(FundingAward.class, FundingAwardM.class),
      Map.entry(FundingAward.Builder.class, FundingAwardB.class),
      Map.entry(DisputeStep.class, DisputeStepM.class),
      Map.entry(DisputeStep.Builder.class, DisputeStepB.class),
      Map.entry(GovernanceRecord.class, GovernanceRecordM.class),
      Map.entry(GovernanceRecord.Builder.class, GovernanceRecordB.class),
      Map.entry(Payment.class, PaymentM.class),
      Map.entry(Payment.Builder.class, PaymentB.class),
      Map.entry(Finding.class, FindingM.class),
      Map.entry(Finding.Builder.class, FindingB.class));

  /** The JSON field that names a rule's kind. */
  static final String KIND = "kind";

  /** The JSON field that names an event's type. */
  static final String TYPE = "type";

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = KIND)
  abstract static class RuleM {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE)
  abstract static class EventM {}

  // ---- Rules ----

  @JsonPropertyOrder({"id", "modality", "period", "changes", "arrangements", "givenBy",
      "givenTo", "exemptions", "requires", "onlyWhen", "source"})
  @JsonDeserialize(builder = MinimumNoticeRule.Builder.class)
  abstract static class MinimumNoticeRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("changes") @Many abstract Set<ChangeKind> getChanges();
    @JsonProperty("arrangements") @Many abstract Set<Arrangement> getArrangements();
    @JsonProperty("givenBy") abstract Sector getGivenBy();
    @JsonProperty("givenTo") abstract Sector getGivenTo();
    @JsonProperty("exemptions") @Many abstract Set<Exemption> getExemptions();
    @JsonProperty("requires") @Many abstract Set<NoticeElement> getRequires();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class MinimumNoticeRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("changes") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object changes(Iterable<ChangeKind> v);
    @JsonProperty("arrangements") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object arrangements(Iterable<Arrangement> v);
    @JsonProperty("givenBy") abstract Object givenBy(Sector v);
    @JsonProperty("givenTo") abstract Object givenTo(Sector v);
    @JsonProperty("exemptions") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object exemptions(Iterable<Exemption> v);
    @JsonProperty("requires") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object requires(Iterable<NoticeElement> v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "period", "by", "affecting", "exemptions", "onlyWhen",
      "source"})
  @JsonDeserialize(builder = MinimumConsultationRule.Builder.class)
  abstract static class MinimumConsultationRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("by") abstract Sector getBy();
    @JsonProperty("affecting") @Many abstract Set<Sector> getAffecting();
    @JsonProperty("exemptions") @Many abstract Set<Exemption> getExemptions();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class MinimumConsultationRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("by") abstract Object by(Sector v);
    @JsonProperty("affecting") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object affecting(Iterable<Sector> v);
    @JsonProperty("exemptions") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object exemptions(Iterable<Exemption> v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "by", "affecting", "onlyWhen", "source"})
  @JsonDeserialize(builder = ConsultationFeedbackRule.Builder.class)
  abstract static class ConsultationFeedbackRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("by") abstract Sector getBy();
    @JsonProperty("affecting") @Many abstract Set<Sector> getAffecting();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class ConsultationFeedbackRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("by") abstract Object by(Sector v);
    @JsonProperty("affecting") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object affecting(Iterable<Sector> v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "period", "arrangements", "awardedBy", "onlyWhen",
      "source"})
  @JsonDeserialize(builder = MinimumTermRule.Builder.class)
  abstract static class MinimumTermRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("arrangements") @Many abstract Set<Arrangement> getArrangements();
    @JsonProperty("awardedBy") abstract Sector getAwardedBy();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class MinimumTermRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("arrangements") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object arrangements(Iterable<Arrangement> v);
    @JsonProperty("awardedBy") abstract Object awardedBy(Sector v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "arrangements", "recipient", "onlyWhen", "source"})
  @JsonDeserialize(builder = FullCostRecoveryRule.Builder.class)
  abstract static class FullCostRecoveryRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("arrangements") @Many abstract Set<Arrangement> getArrangements();
    @JsonProperty("recipient") abstract Sector getRecipient();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class FullCostRecoveryRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("arrangements") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object arrangements(Iterable<Arrangement> v);
    @JsonProperty("recipient") abstract Object recipient(Sector v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "stage", "period", "onlyWhen", "source"})
  @JsonDeserialize(builder = StageTimeLimitRule.Builder.class)
  abstract static class StageTimeLimitRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("stage") abstract int getStage();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class StageTimeLimitRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("stage") abstract Object stage(int v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "activity", "period", "onlyWhen", "source"})
  @JsonDeserialize(builder = RecurrenceRule.Builder.class)
  abstract static class RecurrenceRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("activity") abstract String getActivity();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class RecurrenceRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("activity") abstract Object activity(String v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "modality", "arrangements", "paidBy", "paidTo", "exemptions",
      "onlyWhen", "source"})
  @JsonDeserialize(builder = PaymentInAdvanceRule.Builder.class)
  abstract static class PaymentInAdvanceRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("arrangements") @Many abstract Set<Arrangement> getArrangements();
    @JsonProperty("paidBy") abstract Sector getPaidBy();
    @JsonProperty("paidTo") abstract Sector getPaidTo();
    @JsonProperty("exemptions") @Many abstract Set<Exemption> getExemptions();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class PaymentInAdvanceRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("arrangements") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object arrangements(Iterable<Arrangement> v);
    @JsonProperty("paidBy") abstract Object paidBy(Sector v);
    @JsonProperty("paidTo") abstract Object paidTo(Sector v);
    @JsonProperty("exemptions") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object exemptions(Iterable<Exemption> v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  /** The day the period counts from is {@code from} in JSON. */
  @JsonPropertyOrder({"id", "modality", "period", "from", "arrangements", "paidBy", "paidTo",
      "onlyWhen", "source"})
  @JsonDeserialize(builder = PaymentWithinRule.Builder.class)
  abstract static class PaymentWithinRuleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("period") abstract TimeSpan getPeriod();
    @JsonProperty("from") abstract PaymentBasis getCountsFrom();
    @JsonProperty("arrangements") @Many abstract Set<Arrangement> getArrangements();
    @JsonProperty("paidBy") abstract Sector getPaidBy();
    @JsonProperty("paidTo") abstract Sector getPaidTo();
    @JsonProperty("onlyWhen") @Many abstract Set<String> getOnlyWhen();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class PaymentWithinRuleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("period") abstract Object period(TimeSpan v);
    @JsonProperty("from") abstract Object countsFrom(PaymentBasis v);
    @JsonProperty("arrangements") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object arrangements(Iterable<Arrangement> v);
    @JsonProperty("paidBy") abstract Object paidBy(Sector v);
    @JsonProperty("paidTo") abstract Object paidTo(Sector v);
    @JsonProperty("onlyWhen") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object onlyWhen(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  // ---- Events: a field that is absent or null is "not given". ----

  @JsonPropertyOrder({"id", "tags", "change", "arrangement", "decidedBy", "affects", "funder",
      "recipient", "noticeGivenOn", "takesEffectOn", "agreedEndDate", "noticeInWriting",
      "reasonsGiven", "responseInvited"})
  @JsonDeserialize(builder = FundingChange.Builder.class)
  abstract static class FundingChangeM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("change") abstract ChangeKind getChange();
    @JsonProperty("arrangement") abstract Arrangement getArrangement();
    @JsonProperty("decidedBy") abstract Sector getDecidedBy();
    @JsonProperty("affects") abstract Set<Sector> getAffects();
    @JsonProperty("funder") abstract Optional<String> getFunder();
    @JsonProperty("recipient") abstract Optional<String> getRecipient();
    @JsonProperty("noticeGivenOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getNoticeGivenOn();
    @JsonProperty("takesEffectOn") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getTakesEffectOn();
    @JsonProperty("agreedEndDate") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getAgreedEndDate();
    @JsonProperty("noticeInWriting") abstract Optional<Boolean> getNoticeInWriting();
    @JsonProperty("reasonsGiven") abstract Optional<Boolean> getReasonsGiven();
    @JsonProperty("responseInvited") abstract Optional<Boolean> getResponseInvited();
  }

  abstract static class FundingChangeB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("change") abstract Object change(ChangeKind v);
    @JsonProperty("arrangement") abstract Object arrangement(Arrangement v);
    @JsonProperty("decidedBy") abstract Object decidedBy(Sector v);
    @JsonProperty("affects") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object affects(Iterable<Sector> v);
    @JsonProperty("funder") @OrNull abstract Object funder(String v);
    @JsonProperty("recipient") @OrNull abstract Object recipient(String v);
    @JsonProperty("noticeGivenOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object noticeGivenOn(LocalDate v);
    @JsonProperty("takesEffectOn") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object takesEffectOn(LocalDate v);
    @JsonProperty("agreedEndDate") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object agreedEndDate(LocalDate v);
    @JsonProperty("noticeInWriting") @OrNull abstract Object noticeInWriting(boolean v);
    @JsonProperty("reasonsGiven") @OrNull abstract Object reasonsGiven(boolean v);
    @JsonProperty("responseInvited") @OrNull abstract Object responseInvited(boolean v);
  }

  @JsonPropertyOrder({"id", "tags", "by", "significantEffectOn", "opensOn", "closesOn",
      "legallyConstrained", "shorterPeriodReason", "feedbackGivenOn"})
  @JsonDeserialize(builder = Consultation.Builder.class)
  abstract static class ConsultationM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("by") abstract Sector getBy();
    @JsonProperty("significantEffectOn") abstract Set<Sector> getSignificantEffectOn();
    @JsonProperty("opensOn") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getOpensOn();
    @JsonProperty("closesOn") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getClosesOn();
    @JsonProperty("legallyConstrained") abstract boolean isLegallyConstrained();
    @JsonProperty("shorterPeriodReason") abstract Optional<String> getShorterPeriodReason();
    @JsonProperty("feedbackGivenOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getFeedbackGivenOn();
  }

  abstract static class ConsultationB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("by") abstract Object by(Sector v);
    @JsonProperty("significantEffectOn") @OrNull
    @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object significantEffectOn(Iterable<Sector> v);
    @JsonProperty("opensOn") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object opensOn(LocalDate v);
    @JsonProperty("closesOn") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object closesOn(LocalDate v);
    @JsonProperty("legallyConstrained") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object legallyConstrained(boolean v);
    @JsonProperty("shorterPeriodReason") @OrNull abstract Object shorterPeriodReason(String v);
    @JsonProperty("feedbackGivenOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object feedbackGivenOn(LocalDate v);
  }

  @JsonPropertyOrder({"id", "tags", "arrangement", "awardedBy", "recipientSector", "funder",
      "recipient", "amountAwarded", "currency", "startsOn", "endsOn", "fullCostRecovery"})
  @JsonDeserialize(builder = FundingAward.Builder.class)
  abstract static class FundingAwardM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("arrangement") abstract Arrangement getArrangement();
    @JsonProperty("awardedBy") abstract Sector getAwardedBy();
    @JsonProperty("recipientSector") abstract Sector getRecipientSector();
    @JsonProperty("funder") abstract Optional<String> getFunder();
    @JsonProperty("recipient") abstract Optional<String> getRecipient();
    @JsonProperty("amountAwarded") abstract Optional<BigDecimal> getAmountAwarded();
    @JsonProperty("currency") abstract String getCurrency();
    @JsonProperty("startsOn") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getStartsOn();
    @JsonProperty("endsOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getEndsOn();
    @JsonProperty("fullCostRecovery") abstract Optional<Boolean> getFullCostRecovery();
  }

  abstract static class FundingAwardB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("arrangement") abstract Object arrangement(Arrangement v);
    @JsonProperty("awardedBy") abstract Object awardedBy(Sector v);
    @JsonProperty("recipientSector") abstract Object recipientSector(Sector v);
    @JsonProperty("funder") @OrNull abstract Object funder(String v);
    @JsonProperty("recipient") @OrNull abstract Object recipient(String v);
    @JsonProperty("amountAwarded") @OrNull @JsonDeserialize(using = Amounts.Deserializer.class)
    abstract Object amountAwarded(BigDecimal v);
    @JsonProperty("currency") @OrNull abstract Object currency(String v);
    @JsonProperty("startsOn") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object startsOn(LocalDate v);
    @JsonProperty("endsOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object endsOn(LocalDate v);
    @JsonProperty("fullCostRecovery") @OrNull abstract Object fullCostRecovery(boolean v);
  }

  @JsonPropertyOrder({"id", "tags", "stage", "startedOn", "completedOn"})
  @JsonDeserialize(builder = DisputeStep.Builder.class)
  abstract static class DisputeStepM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("stage") abstract int getStage();
    @JsonProperty("startedOn") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getStartedOn();
    @JsonProperty("completedOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getCompletedOn();
  }

  abstract static class DisputeStepB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("stage") abstract Object stage(int v);
    @JsonProperty("startedOn") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object startedOn(LocalDate v);
    @JsonProperty("completedOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object completedOn(LocalDate v);
  }

  /** The record's period is {@code from} and {@code to} in JSON. */
  @JsonPropertyOrder({"id", "tags", "activity", "from", "to", "dates"})
  @JsonDeserialize(builder = GovernanceRecord.Builder.class)
  abstract static class GovernanceRecordM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("activity") abstract String getActivity();
    @JsonProperty("from") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getPeriodFrom();
    @JsonProperty("to") @JsonSerialize(using = Dates.IsoSerializer.class)
    abstract LocalDate getPeriodTo();
    @JsonProperty("dates") @Many @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract List<LocalDate> getDates();
  }

  abstract static class GovernanceRecordB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("activity") abstract Object activity(String v);
    @JsonProperty("from") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object periodFrom(LocalDate v);
    @JsonProperty("to") @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object periodTo(LocalDate v);
    @JsonProperty("dates") @OrNull @JsonDeserialize(contentUsing = Dates.DayDeserializer.class)
    abstract Object dates(Iterable<LocalDate> v);
  }

  @JsonPropertyOrder({"id", "tags", "arrangement", "paidBy", "paidTo", "funder", "recipient",
      "periodStartsOn", "invoiceReceivedOn", "agreedPaymentDate", "paidOn",
      "inArrearsByAgreement"})
  @JsonDeserialize(builder = Payment.Builder.class)
  abstract static class PaymentM extends Mixins.Value {
    @JsonProperty("id") abstract Optional<String> getId();
    @JsonProperty("tags") @Many abstract Set<String> getTags();
    @JsonProperty("arrangement") abstract Arrangement getArrangement();
    @JsonProperty("paidBy") abstract Sector getPaidBy();
    @JsonProperty("paidTo") abstract Sector getPaidTo();
    @JsonProperty("funder") abstract Optional<String> getFunder();
    @JsonProperty("recipient") abstract Optional<String> getRecipient();
    @JsonProperty("periodStartsOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getPeriodStartsOn();
    @JsonProperty("invoiceReceivedOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getInvoiceReceivedOn();
    @JsonProperty("agreedPaymentDate") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getAgreedPaymentDate();
    @JsonProperty("paidOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getPaidOn();
    @JsonProperty("inArrearsByAgreement") abstract Optional<Boolean> getInArrearsByAgreement();
  }

  abstract static class PaymentB extends Mixins.Builder {
    @JsonProperty("id") @OrNull abstract Object id(String v);
    @JsonProperty("tags") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object tags(Iterable<String> v);
    @JsonProperty("arrangement") abstract Object arrangement(Arrangement v);
    @JsonProperty("paidBy") abstract Object paidBy(Sector v);
    @JsonProperty("paidTo") abstract Object paidTo(Sector v);
    @JsonProperty("funder") @OrNull abstract Object funder(String v);
    @JsonProperty("recipient") @OrNull abstract Object recipient(String v);
    @JsonProperty("periodStartsOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object periodStartsOn(LocalDate v);
    @JsonProperty("invoiceReceivedOn") @OrNull
    @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object invoiceReceivedOn(LocalDate v);
    @JsonProperty("agreedPaymentDate") @OrNull
    @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object agreedPaymentDate(LocalDate v);
    @JsonProperty("paidOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object paidOn(LocalDate v);
    @JsonProperty("inArrearsByAgreement") @OrNull abstract Object inArrearsByAgreement(boolean v);
  }

  // ---- Findings ----

  @JsonPropertyOrder({"compact", "rule", "kind", "event", "eventId", "outcome", "modality",
      "reason", "due", "source"})
  @JsonDeserialize(builder = Finding.Builder.class)
  abstract static class FindingM extends Mixins.Value {
    @JsonProperty("compact") abstract String getCompact();
    @JsonProperty("rule") abstract String getRule();
    @JsonProperty("kind") abstract String getKind();
    @JsonProperty("event") abstract long getEvent();
    @JsonProperty("eventId") abstract Optional<String> getEventId();
    @JsonProperty("outcome") abstract Outcome getOutcome();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("reason") abstract String getReason();
    @JsonProperty("due") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getDue();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class FindingB extends Mixins.Builder {
    @JsonProperty("compact") abstract Object compact(String v);
    @JsonProperty("rule") abstract Object rule(String v);
    @JsonProperty("kind") abstract Object kind(String v);
    @JsonProperty("event") @JsonSetter(nulls = Nulls.SKIP) abstract Object event(long v);
    @JsonProperty("eventId") @OrNull abstract Object eventId(String v);
    @JsonProperty("outcome") abstract Object outcome(Outcome v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("reason") abstract Object reason(String v);
    @JsonProperty("due") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object due(LocalDate v);
    @JsonProperty("source") abstract Object source(Citation v);
  }
}
