package org.compacts.time;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An amount of time in a unit, as a compact states it: 21 days, 12 weeks, three months.
 *
 * <pre>{@code
 * TimeSpan notice = TimeSpan.of(3, TimeSpanUnit.MONTHS);
 * notice.subtractFrom(LocalDate.of(2025, 5, 31));          // 2025-02-28
 * TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS)
 *     .addTo(LocalDate.of(2025, 12, 19), HolidayCalendar.englandAndWales());   // 2026-01-21
 * }</pre>
 *
 * <p>Arithmetic is {@code java.time} arithmetic: months and years clamp to the end of a shorter
 * month. Working days skip Saturdays, Sundays and the holidays of a {@link HolidayCalendar}.
 */
@Value.Immutable
abstract class AbstractTimeSpan {
  /** How many units; positive in a valid compact. */
  @Value.Parameter
  @Positive
  public abstract int getAmount();

  /** The unit. */
  @Value.Parameter
  public abstract TimeSpanUnit getUnit();

  /**
   * Adds this span to a day, counting working days in England and Wales.
   *
   * @param day the day to start from
   * @return the day this span after it
   */
  public LocalDate addTo(LocalDate day) {
    return addTo(day, HolidayCalendar.englandAndWales());
  }

  /**
   * Adds this span to a day.
   *
   * @param day the day to start from
   * @param calendar the holidays that working days skip
   * @return the day this span after it
   * @throws java.time.DateTimeException if working days reach beyond the calendar's years
   */
  public LocalDate addTo(LocalDate day, HolidayCalendar calendar) {
    return move(day, getAmount(), calendar);
  }

  /**
   * Subtracts this span from a day, counting working days in England and Wales.
   *
   * @param day the day to start from
   * @return the day this span before it
   */
  public LocalDate subtractFrom(LocalDate day) {
    return subtractFrom(day, HolidayCalendar.englandAndWales());
  }

  /**
   * Subtracts this span from a day.
   *
   * @param day the day to start from
   * @param calendar the holidays that working days skip
   * @return the day this span before it
   * @throws java.time.DateTimeException if working days reach beyond the calendar's years
   */
  public LocalDate subtractFrom(LocalDate day, HolidayCalendar calendar) {
    return move(day, -(long) getAmount(), calendar);
  }

  /**
   * Returns this span repeated a number of times, in the same unit.
   *
   * <pre>{@code
   * TimeSpan.of(3, TimeSpanUnit.MONTHS).multipliedBy(4);   // 12 months
   * }</pre>
   *
   * @param times how many times, zero or more
   * @return the span {@code times} as long
   * @throws IllegalArgumentException if {@code times} is negative
   * @throws ArithmeticException if the amount overflows an int
   */
  public TimeSpan multipliedBy(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("Cannot repeat " + this + " " + times + " times.");
    }
    return TimeSpan.of(Math.multiplyExact(getAmount(), times), getUnit());
  }

  private LocalDate move(LocalDate day, long amount, HolidayCalendar calendar) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(calendar, "calendar");
    switch (getUnit()) {
      case DAYS:
        return day.plusDays(amount);
      case WORKING_DAYS:
        return calendar.plusWorkingDays(day, amount);
      case WEEKS:
        return day.plusWeeks(amount);
      case MONTHS:
        return day.plusMonths(amount);
      case YEARS:
        return day.plusYears(amount);
      default:
        throw new AssertionError(getUnit());
    }
  }

  @Override
  public String toString() {
    return getAmount() + " " + getUnit().label(getAmount() == 1);
  }
}
