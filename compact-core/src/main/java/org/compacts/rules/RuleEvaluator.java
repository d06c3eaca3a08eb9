package org.compacts.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.compacts.model.Compact;
import org.compacts.time.HolidayCalendar;

/**
 * Checks events against a compact's rules: one {@link Finding} per rule whose kind reads the
 * event's type, in the compact's rule order.
 *
 * <pre>{@code
 * RuleEvaluator evaluator = RuleEvaluator.create();           // standard kinds, England and Wales
 * List<Finding> findings = evaluator.check(compact, change, LocalDate.of(2025, 1, 6));
 *
 * PreparedCompact prepared = evaluator.prepare(compact);      // once per compact
 * for (Event event : events) {
 *   List<Finding> each = prepared.check(event, asOf);         // no per-compact work
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the {@code with} methods return a new evaluator.
 * The day of evaluation is always passed in: the library never reads the system clock.
 */
public final class RuleEvaluator {
  private static final RuleEvaluator STANDARD =
      new RuleEvaluator(RuleCatalog.standard(), HolidayCalendar.englandAndWales());

  private final RuleCatalog catalog;
  private final HolidayCalendar calendar;
  /** The last compact prepared by {@link #check}, reused while callers pass the same one. */
  private volatile PreparedCompact last;

  private RuleEvaluator(RuleCatalog catalog, HolidayCalendar calendar) {
    this.catalog = catalog;
    this.calendar = calendar;
  }

  /**
   * Returns an evaluator of the standard rule kinds and event types that counts working days
   * in England and Wales.
   *
   * @return the evaluator
   */
  public static RuleEvaluator create() {
    return STANDARD;
  }

  /**
   * Returns an evaluator that knows the rule kinds and event types of a catalog, such as one
   * extended with {@link RuleCatalog#withRuleKind} and {@link RuleCatalog#withEventType}.
   *
   * @param catalog the catalog
   * @return a new evaluator
   */
  public RuleEvaluator withCatalog(RuleCatalog catalog) {
    return new RuleEvaluator(Objects.requireNonNull(catalog, "catalog must not be null"),
        calendar);
  }

  /**
   * Returns an evaluator whose working days skip the holidays of another calendar.
   *
   * @param calendar the calendar
   * @return a new evaluator
   */
  public RuleEvaluator withCalendar(HolidayCalendar calendar) {
    return new RuleEvaluator(catalog,
        Objects.requireNonNull(calendar, "calendar must not be null"));
  }

  /** The rule kinds and event types this evaluator knows. */
  public RuleCatalog catalog() {
    return catalog;
  }

  /** The holidays that working days skip. */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /**
   * Does the per-compact work once (indexing its rules by the event type they read, checking
   * that the catalog knows every kind), for checking many events.
   *
   * @param compact the compact
   * @return the prepared compact
   * @throws NullPointerException if the compact is null
   * @throws IllegalArgumentException if a rule's kind, or the event type it reads, is not in
   *     the catalog
   */
  public PreparedCompact prepare(Compact compact) {
    Objects.requireNonNull(compact, "compact must not be null");
    return new PreparedCompact(compact, catalog, calendar);
  }

  /**
   * Checks one event against a compact.
   *
   * @param compact the compact
   * @param event the event
   * @param asOf the day of evaluation
   * @return one finding per rule that reads the event's type, in the compact's rule order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the event's type is not in the catalog or its class is
   *     not the one the catalog registers for it, or a rule's kind is not in the catalog
   * @throws java.time.DateTimeException if working-day arithmetic leaves the calendar's years
   * @see PreparedCompact#check(Event, LocalDate)
   */
  public List<Finding> check(Compact compact, Event event, LocalDate asOf) {
    Objects.requireNonNull(compact, "compact must not be null");
    PreparedCompact prepared = last;
    if (prepared == null || prepared.compact() != compact) {
      prepared = new PreparedCompact(compact, catalog, calendar);
      last = prepared;
    }
    return prepared.check(event, asOf);
  }

  @Override
  public String toString() {
    return "RuleEvaluator{" + catalog.ruleKinds().size() + " rule kinds, "
        + catalog.eventTypes().size() + " event types, " + calendar.name() + "}";
  }
}
