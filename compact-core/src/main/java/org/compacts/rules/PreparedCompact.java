package org.compacts.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * CheckResult result = prepared.checkResult(events, LocalDate.of(2025, 1, 6));
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

  /**
   * The rules of a compact that read one event type, the class of that type, and each rule's
   * {@code onlyWhen} tags (null for a rule without them; the array null when no rule has any).
   */
  private static final class Slot {
    final Class<? extends Event> eventClass;
    final Rule[] rules;
    final Set<?>[] onlyWhen;

    Slot(Class<? extends Event> eventClass, Rule[] rules) {
      this.eventClass = eventClass;
      this.rules = rules;
      Set<?>[] tags = new Set<?>[rules.length];
      boolean any = false;
      for (int i = 0; i < rules.length; i++) {
        Set<String> required = rules[i].getOnlyWhen();
        if (!required.isEmpty()) {
          tags[i] = required;
          any = true;
        }
      }
      this.onlyWhen = any ? tags : null;
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
    return check(event, 0, asOf);
  }

  /**
   * Checks one event that stands at a position in a longer input, such as a line of an NDJSON
   * stream; its findings carry that position.
   *
   * @param event the event
   * @param position the event's position in the input, from 0
   * @param asOf the day of evaluation
   * @return one finding per rule that reads the event's type, in the compact's rule order;
   *     empty when the compact has no such rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the position is negative, the event's type is not in
   *     the catalog or its class is not the one the catalog registers for it
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  public List<Finding> check(Event event, long position, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null: pass the day of evaluation");
    if (position < 0) {
      throw new IllegalArgumentException("The position of an event counts from 0, not "
          + position + ".");
    }
    return check(event, position, slot(event), RuleContext.of(asOf, calendar));
  }

  /**
   * Tells whether some rule of the compact reads events of a type: when none does, checking
   * such an event gives no finding.
   *
   * @param eventType an event type, such as {@code payment}
   * @return true when at least one rule reads it
   */
  public boolean reads(String eventType) {
    Slot slot = slots.get(Objects.requireNonNull(eventType, "eventType must not be null"));
    return slot != null && slot.rules.length > 0;
  }

  /**
   * Checks many events on the same day.
   *
   * @param events the events, none null
   * @param asOf the day of evaluation
   * @return the findings of each event in turn, as {@link #check(Event, long, LocalDate)} gives
   *     them with the event's index
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException if an event's type is not in the catalog or its class is
   *     not the one the catalog registers for it
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  public List<Finding> checkAll(Collection<? extends Event> events, LocalDate asOf) {
    return checkAll(events, asOf, null);
  }

  /**
   * Checks many events on the same day and says which of them no rule judged.
   *
   * @param events the events, none null
   * @param asOf the day of evaluation
   * @return the findings of each event in turn, each carrying the event's index, and the
   *     events of a type no rule of the compact reads
   * @throws NullPointerException if an argument or an event is null
   * @throws IllegalArgumentException if an event's type is not in the catalog or its class is
   *     not the one the catalog registers for it
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  public CheckResult checkResult(Collection<? extends Event> events, LocalDate asOf) {
    List<UnjudgedEvent> unjudged = new ArrayList<>();
    List<Finding> findings = checkAll(events, asOf, unjudged);
    return CheckResult.builder().findings(findings).unjudged(unjudged).build();
  }

  private List<Finding> checkAll(Collection<? extends Event> events, LocalDate asOf,
      List<UnjudgedEvent> unjudged) {
    Objects.requireNonNull(events, "events must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null: pass the day of evaluation");
    RuleContext context = RuleContext.of(asOf, calendar);
    List<Finding> findings = new ArrayList<>(events.size() * 2);
    long position = 0;
    for (Event event : events) {
      Slot slot = slot(event);
      if (slot.rules.length == 0 && unjudged != null) {
        unjudged.add(UnjudgedEvent.builder().event(position).type(event.type())
            .eventId(event.getId()).build());
      }
      String id = slot.rules.length == 0 ? null : event.getId().orElse(null);
      for (int i = 0; i < slot.rules.length; i++) {
        findings.add(judge(slot, i, event, position, id, context));
      }
      position++;
    }
    return Collections.unmodifiableList(findings);
  }

  private List<Finding> check(Event event, long position, Slot slot, RuleContext context) {
    Rule[] rules = slot.rules;
    switch (rules.length) {
      case 0:
        return List.of();
      case 1:
        return List.of(judge(slot, 0, event, position, event.getId().orElse(null), context));
      default:
        String id = event.getId().orElse(null);
        Finding[] findings = new Finding[rules.length];
        for (int i = 0; i < rules.length; i++) {
          findings[i] = judge(slot, i, event, position, id, context);
        }
        return List.of(findings);
    }
  }

  /** The finding of the slot's rule {@code i}: its onlyWhen tags first, then the rule. */
  private Finding judge(Slot slot, int i, Event event, long position, String id,
      RuleContext context) {
    Rule rule = slot.rules[i];
    Assessment assessment = null;
    if (slot.onlyWhen != null && slot.onlyWhen[i] != null) {
      assessment = OnlyWhen.assess(rule.getOnlyWhen(), event.getTags());
    }
    if (assessment == null) {
      assessment = rule.evaluate(event, context);
    }
    return finding(rule, assessment, position, id);
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

  private Finding finding(Rule rule, Assessment assessment, long position, String id) {
    Finding.Builder finding = Finding.builder()
        .compact(compact.getId())
        .rule(rule.getId())
        .kind(rule.kind())
        .event(position)
        .outcome(assessment.outcome())
        .modality(rule.getModality())
        .reason(assessment.reason())
        .source(rule.getSource());
    LocalDate due = assessment.dueOrNull();
    if (due != null) {
      finding.due(due);
    }
    if (id != null) {
      finding.eventId(id);
    }
    return finding.build();
  }

  @Override
  public String toString() {
    return "PreparedCompact{" + compact.getId() + ", " + compact.getRules().size() + " rules}";
  }
}
