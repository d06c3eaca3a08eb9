package org.compacts.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when working-day arithmetic reaches a day in a year its {@link HolidayCalendar} does
 * not cover: the library refuses rather than count a day that may be a holiday as a working
 * day. It names the calendar, the years it covers and the day.
 *
 * <pre>{@code
 * try {
 *   TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS).addTo(LocalDate.of(2030, 12, 27));
 * } catch (CalendarCoverageException e) {
 *   e.getMessage();   // The holiday calendar 'England and Wales' covers 2015–2030, so it
 *                     // cannot tell whether 2031-01-01 is a working day.
 *   e.lastYear();     // 2030
 * }
 * }</pre>
 */
public final class CalendarCoverageException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  private final String calendar;
  private final int firstYear;
  private final int lastYear;
  private final LocalDate day;

  CalendarCoverageException(String calendar, int firstYear, int lastYear, LocalDate day) {
    super("The holiday calendar '" + calendar + "' covers " + firstYear + "\u2013" + lastYear
        + ", so it cannot tell whether " + day + " is a working day.");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.day = Objects.requireNonNull(day, "day");
  }

  /** The name of the calendar that does not cover the day. */
  public String calendar() {
    return calendar;
  }

  /** The first year the calendar covers. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the calendar covers, inclusive. */
  public int lastYear() {
    return lastYear;
  }

  /** The day the calendar was asked about. */
  public LocalDate day() {
    return day;
  }
}
