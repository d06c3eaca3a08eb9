package org.compacts.rules;

import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;

/**
 * A quantified rule of a compact: data that says what the compact requires of one type of
 * event, citing the words it rests on, together with the semantics that decide it.
 *
 * <p>A rule kind is one class: its data (the accessors), the event type it reads
 * ({@link #eventType()}) and how it decides an event of that type ({@link #evaluate}). A
 * {@link RuleEvaluator} hands each rule only events of the type it reads, so no code elsewhere
 * switches on rule kinds. Register a new kind and its event with a {@link RuleCatalog}.
 *
 * <pre>{@code
 * Rule rule = compact.getRules().get(0);
 * if (rule.eventType().equals(change.type())) {
 *   Assessment a = rule.evaluate(change, RuleContext.of(LocalDate.of(2025, 1, 6)));
 * }
 * }</pre>
 */
public interface Rule {
  /** The rule's id, a slug unique among the compact's rules. */
  String getId();

  /** How strongly the rule is put. */
  Modality getModality();

  /** Where the rule stands in the source, and its verbatim words. */
  Citation getSource();

  /**
   * The tags an event must carry, every one of them, for the rule to apply; empty when the
   * rule applies whatever the event's tags. An event without one of them gets a
   * {@code not-applicable} finding naming it, before the kind's own applicability is looked
   * at. The standard kinds hold it as an attribute; a kind of a caller's own need not.
   */
  default Set<String> getOnlyWhen() {
    return Set.of();
  }

  /** The rule's kind as it appears in JSON, such as {@code minimum-notice}. */
  String kind();

  /**
   * The type of event this rule reads, as it appears in JSON, such as {@code funding-change}.
   * The rule is evaluated against events of this type only.
   *
   * @return the event type's name
   */
  String eventType();

  /**
   * Decides this rule for one event of the type it reads.
   *
   * <p>Implementations are pure: the result depends on the rule, the event and the context
   * only (never the system clock), and they keep no state.
   *
   * @param event an event whose {@link Event#type()} is {@link #eventType()}, of the class the
   *     rule catalog registers for that type
   * @param context the day of evaluation and the holiday calendar for working days
   * @return the outcome, a one-sentence reason naming the dates compared, and the due date
   *     where one was computed
   * @throws ClassCastException if the event is not of the type this rule reads
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   */
  Assessment evaluate(Event event, RuleContext context);
}
