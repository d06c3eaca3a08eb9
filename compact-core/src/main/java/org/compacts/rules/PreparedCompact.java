package org.compacts.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compacts.model.Compact;
import org.compacts.time.HolidayCalendar;

/**
 * A compact whose rules are indexed by the event type they read, ready to check many events:
 * made by {@link RuleEvaluator#prepare(Compact)}. A rule of a kind this version does not know
 * ({@link UnknownRule}, kept by a lenient read) is passed over: no check evaluates it.
 *
 * <pre>{@code
 * PreparedCompact prepared = RuleEvaluator.create().prepare(compact);
 * List<Finding> findings = prepared.check(change, LocalDate.of(2025, 1, 6));
 * List<Finding> all = prepared.checkAll(events, LocalDate.of(2025, 1, 6));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PreparedCompact {
  private static final Rule[] NO_RULES = new Rule[0];

  private final Compact compact;
  private final RuleCatalog catalog;
  private final HolidayCalendar calendar;
  private final Map<String, Slot> slots;

  /** The rules of a compact that read one event type, and the class of that type. */
  private static final class Slot {
    final Class<? extends Event> eventClass;
    final Rule[] rules;

    Slot(Class<? extends Event> eventClass, Rule[] rules) {
      this.eventClass = eventClass;
      this.rules = rules;
    }
  }

  PreparedCompact(Compact compact, RuleCatalog catalog, HolidayCalendar calendar) {
    this.compact = compact;
    this.catalog = catalog;
    this.calendar = calendar;
    Map<String, List<Rule>> byType = new HashMap<>();
    List<Rule> rules = compact.getRules();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule instanceof UnknownRule) {
        continue;
      }
      requireKnown(rule, i);
      byType.computeIfAbsent(rule.eventType(), t -> new ArrayList<>()).add(rule);
    }
    Map<String, Slot> index = new HashMap<>();
    for (Map.Entry<String, Class<? extends Event>> type : catalog.eventTypes().entrySet()) {
      List<Rule> reading = byType.get(type.getKey());
      index.put(type.getKey(), new Slot(type.getValue(),
          reading == null ? NO_RULES : reading.toArray(NO_RULES)));
    }
    this.slots = index;
  }

  private void requireKnown(Rule rule, int index) {
    String where = "Rule '" + rule.getId() + "' (rules[" + index + "]) of compact '"
        + compact.getId() + "'";
    Class<? extends Rule> kindClass = catalog.ruleKinds().get(rule.kind());
    if (kindClass == null) {
      throw new IllegalArgumentException(where + " is of kind '" + rule.kind()
          + "', which the rule catalog does not know; register it with"
          + " RuleCatalog.withRuleKind. Known kinds: " + catalog.ruleKinds().keySet() + ".");
    }
    if (!kindClass.isInstance(rule)) {
      throw new IllegalArgumentException(where + " is a " + rule.getClass().getName()
          + ", but the rule catalog registers kind '" + rule.kind() + "' to "
          + kindClass.getName() + ".");
    }
    if (!catalog.eventTypes().containsKey(rule.eventType())) {
      throw new IllegalArgumentException(where + " reads events of type '" + rule.eventType()
          + "', which the rule catalog does not know; register it with"
          + " RuleCatalog.withEventType. Known types: " + catalog.eventTypes().keySet() + ".");
    }
  }

  /** The compact. */
  public Compact compact() {
    return compact;
  }

  /**
   * Checks one event.
   *
   * @param event the event
   * @param asOf the day of evaluation
   * @return one finding per rule that reads the event's type, in the compact's rule order;
   *     empty when the compact has no such rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the event's type is not in the catalog or its class is
   *     not the one the catalog registers for it
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  public List<Finding> check(Event event, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null: pass the day of evaluation");
    return check(event, slot(event), RuleContext.of(asOf, calendar));
  }

  /**
   * Checks many events on the same day.
   *
   * @param events the events, none null
   * @param asOf the day of evaluation
   * @return the findings of each event in turn, as {@link #check(Event, LocalDate)} gives them
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException if an event's type is not in the catalog or its class is
   *     not the one the catalog registers for it
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  public List<Finding> checkAll(Collection<? extends Event> events, LocalDate asOf) {
    Objects.requireNonNull(events, "events must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null: pass the day of evaluation");
    RuleContext context = RuleContext.of(asOf, calendar);
    List<Finding> findings = new ArrayList<>(events.size() * 2);
    for (Event event : events) {
      Slot slot = slot(event);
      for (Rule rule : slot.rules) {
        findings.add(finding(rule, rule.evaluate(event, context)));
      }
    }
    return Collections.unmodifiableList(findings);
  }

  private List<Finding> check(Event event, Slot slot, RuleContext context) {
    Rule[] rules = slot.rules;
    switch (rules.length) {
      case 0:
        return List.of();
      case 1:
        return List.of(finding(rules[0], rules[0].evaluate(event, context)));
      default:
        Finding[] findings = new Finding[rules.length];
        for (int i = 0; i < rules.length; i++) {
          findings[i] = finding(rules[i], rules[i].evaluate(event, context));
        }
        return List.of(findings);
    }
  }

  private Slot slot(Event event) {
    Objects.requireNonNull(event, "event must not be null");
    String type = event.type();
    Slot slot = type == null ? null : slots.get(type);
    if (slot == null) {
      throw new IllegalArgumentException("Unknown event type '" + type + "' ("
          + event.getClass().getName() + "); the rule catalog knows "
          + catalog.eventTypes().keySet() + ".");
    }
    if (!slot.eventClass.isInstance(event)) {
      throw new IllegalArgumentException("An event of type '" + type + "' must be a "
          + slot.eventClass.getName() + ", not a " + event.getClass().getName() + ".");
    }
    return slot;
  }

  private Finding finding(Rule rule, Assessment assessment) {
    Finding.Builder finding = Finding.builder()
        .compact(compact.getId())
        .rule(rule.getId())
        .kind(rule.kind())
        .outcome(assessment.outcome())
        .modality(rule.getModality())
        .reason(assessment.reason())
        .source(rule.getSource());
    LocalDate due = assessment.dueOrNull();
    if (due != null) {
      finding.due(due);
    }
    return finding.build();
  }

  @Override
  public String toString() {
    return "PreparedCompact{" + compact.getId() + ", " + compact.getRules().size() + " rules}";
  }
}
