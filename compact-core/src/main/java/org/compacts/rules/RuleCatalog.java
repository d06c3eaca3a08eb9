package org.compacts.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.compacts.model.Slug;

/**
 * The closed, named set of rule kinds and event types a program knows: the standard ones of
 * the library, plus any a caller registers. JSON mapping and evaluation both read it, so a new
 * rule kind and the event it reads are one registration away.
 *
 * <pre>{@code
 * RuleCatalog catalog = RuleCatalog.standard()
 *     .withRuleKind(FundingDecisionRule.KIND, FundingDecisionRule.class)
 *     .withEventType(FundingApplication.TYPE, FundingApplication.class);
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with} methods return a new catalog.
 */
public final class RuleCatalog {
  private static final RuleCatalog STANDARD = new RuleCatalog(Map.of(), Map.of())
      .withRuleKind(MinimumNoticeRule.KIND, MinimumNoticeRule.class)
      .withRuleKind(MinimumConsultationRule.KIND, MinimumConsultationRule.class)
      .withRuleKind(ConsultationFeedbackRule.KIND, ConsultationFeedbackRule.class)
      .withRuleKind(MinimumTermRule.KIND, MinimumTermRule.class)
      .withRuleKind(FullCostRecoveryRule.KIND, FullCostRecoveryRule.class)
      .withRuleKind(StageTimeLimitRule.KIND, StageTimeLimitRule.class)
      .withRuleKind(RecurrenceRule.KIND, RecurrenceRule.class)
      .withRuleKind(PaymentInAdvanceRule.KIND, PaymentInAdvanceRule.class)
      .withRuleKind(PaymentWithinRule.KIND, PaymentWithinRule.class)
      .withEventType(FundingChange.TYPE, FundingChange.class)
      .withEventType(Consultation.TYPE, Consultation.class)
      .withEventType(FundingAward.TYPE, FundingAward.class)
      .withEventType(DisputeStep.TYPE, DisputeStep.class)
      .withEventType(GovernanceRecord.TYPE, GovernanceRecord.class)
      .withEventType(Payment.TYPE, Payment.class);

  private final Map<String, Class<? extends Rule>> ruleKinds;
  private final Map<String, Class<? extends Event>> eventTypes;

  private RuleCatalog(
      Map<String, Class<? extends Rule>> ruleKinds,
      Map<String, Class<? extends Event>> eventTypes) {
    this.ruleKinds = Collections.unmodifiableMap(new LinkedHashMap<>(ruleKinds));
    this.eventTypes = Collections.unmodifiableMap(new LinkedHashMap<>(eventTypes));
  }

  /**
   * Returns the rule kinds and event types of DESIGN sections 3 and 3.2.
   *
   * @return the standard catalog
   */
  public static RuleCatalog standard() {
    return STANDARD;
  }

  /**
   * Returns a catalog that also knows a rule kind.
   *
   * @param kind the kind's name in JSON, a slug not yet registered
   * @param type the concrete (generated) rule class
   * @return a new catalog
   * @throws IllegalArgumentException if the name is not a slug or is already registered
   */
  public RuleCatalog withRuleKind(String kind, Class<? extends Rule> type) {
    Map<String, Class<? extends Rule>> kinds = new LinkedHashMap<>(ruleKinds);
    register(kinds, "rule kind", kind, type);
    return new RuleCatalog(kinds, eventTypes);
  }

  /**
   * Returns a catalog that also knows an event type.
   *
   * @param typeName the type's name in JSON, a slug not yet registered
   * @param type the concrete (generated) event class
   * @return a new catalog
   * @throws IllegalArgumentException if the name is not a slug or is already registered
   */
  public RuleCatalog withEventType(String typeName, Class<? extends Event> type) {
    Map<String, Class<? extends Event>> types = new LinkedHashMap<>(eventTypes);
    register(types, "event type", typeName, type);
    return new RuleCatalog(ruleKinds, types);
  }

  /** The rule kinds by name, in registration order. */
  public Map<String, Class<? extends Rule>> ruleKinds() {
    return ruleKinds;
  }

  /** The event types by name, in registration order. */
  public Map<String, Class<? extends Event>> eventTypes() {
    return eventTypes;
  }

  private static <T> void register(
      Map<String, Class<? extends T>> map, String what, String name, Class<? extends T> type) {
    Objects.requireNonNull(type, "type");
    if (!Slug.isSlug(name)) {
      throw new IllegalArgumentException(
          "The " + what + " name '" + name + "' is not a lower-case kebab-case slug.");
    }
    if (map.containsKey(name)) {
      throw new IllegalArgumentException(
          "The " + what + " '" + name + "' is already registered, to " + map.get(name).getName()
              + ".");
    }
    map.put(name, type);
  }
}
