package org.compacts.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.compacts.time.HolidayCalendar;

/**
 * What a rule needs besides its event: the day of evaluation ({@code asOf}) and the holiday
 * calendar that working days skip. The library never reads the system clock: the caller says
 * what day it is.
 *
 * <pre>{@code
 * RuleContext context = RuleContext.of(LocalDate.of(2025, 1, 6));   // England and Wales
 * RuleContext local = RuleContext.of(LocalDate.of(2025, 1, 6), HolidayCalendar.weekendsOnly());
 * }</pre>
 */
public final class RuleContext {
  private final LocalDate asOf;
  private final HolidayCalendar calendar;

  private RuleContext(LocalDate asOf, HolidayCalendar calendar) {
    this.asOf = Objects.requireNonNull(asOf, "asOf must not be null: pass the day of evaluation");
    this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
  }

  /**
   * A context on a day, counting working days in England and Wales.
   *
   * @param asOf the day of evaluation
   * @return the context
   */
  public static RuleContext of(LocalDate asOf) {
    return new RuleContext(asOf, HolidayCalendar.englandAndWales());
  }

  /**
   * A context on a day with a holiday calendar.
   *
   * @param asOf the day of evaluation
   * @param calendar the holidays that working days skip
   * @return the context
   */
  public static RuleContext of(LocalDate asOf, HolidayCalendar calendar) {
    return new RuleContext(asOf, calendar);
  }

  /** The day of evaluation: deadlines after it have not passed yet. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The holidays that working days skip. */
  public HolidayCalendar calendar() {
    return calendar;
  }

  @Override
  public String toString() {
    return "RuleContext{asOf " + asOf + ", " + calendar.name() + "}";
  }
}
