package org.compacts.diff;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.function.IntUnaryOperator;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * The range of calendar days a time span can cover, wherever it starts: 21 days is 21,
 * 12 weeks 84, 3 months 89 to 92, a year 365 or 366, 20 working days 26 to 32 in England and
 * Wales.
 */
final class DayRange {
  /** Days in the 400 years after which the Gregorian calendar repeats. */
  private static final long CYCLE_DAYS = 146_097;
  private static final int CYCLE_MONTHS = 4_800;
  private static final int CYCLE_YEARS = 400;
  /** Working-day spans up to this many are measured on the England and Wales calendar. */
  private static final int MEASURED_WORKING_DAYS = 260;

  private static final long[] MONTH_STARTS =
      starts(CYCLE_MONTHS, i -> YearMonth.of(2000, 1).plusMonths(i).lengthOfMonth());
  private static final long[] YEAR_STARTS = starts(CYCLE_YEARS, i -> Year.of(2000 + i).length());

  final long min;
  final long max;

  private DayRange(long min, long max) {
    this.min = min;
    this.max = max;
  }

  static DayRange of(TimeSpan span) {
    long n = span.getAmount();
    switch (span.getUnit()) {
      case DAYS:
        return new DayRange(n, n);
      case WEEKS:
        return new DayRange(7 * n, 7 * n);
      case MONTHS:
        return months(n);
      case YEARS:
        return years(n);
      case WORKING_DAYS:
        return workingDays(n);
      default:
        throw new AssertionError(span.getUnit());
    }
  }

  /**
   * Compares two spans: negative when {@code a} is always shorter, positive when always
   * longer, zero when they are the same span or always cover the same days (12 months and a
   * year, 14 days and 2 weeks), and null when their ranges overlap so that neither is always
   * the longer.
   */
  static Integer compare(TimeSpan a, TimeSpan b) {
    if (a.equals(b) || sameDays(a, b)) {
      return 0;
    }
    if (a.getUnit() == b.getUnit()) {
      return Integer.compare(a.getAmount(), b.getAmount());
    }
    DayRange ra = of(a);
    DayRange rb = of(b);
    if (ra.max < rb.min) {
      return -1;
    }
    if (ra.min > rb.max) {
      return 1;
    }
    return null;
  }

  private static boolean sameDays(TimeSpan a, TimeSpan b) {
    return months(a) >= 0 && months(a) == months(b) || days(a) >= 0 && days(a) == days(b);
  }

  /** The span in months when it is whole months or years, else -1. */
  private static long months(TimeSpan s) {
    return s.getUnit() == TimeSpanUnit.MONTHS ? s.getAmount()
        : s.getUnit() == TimeSpanUnit.YEARS ? 12L * s.getAmount() : -1;
  }

  /** The span in days when it is a fixed number of days, else -1. */
  private static long days(TimeSpan s) {
    return s.getUnit() == TimeSpanUnit.DAYS ? s.getAmount()
        : s.getUnit() == TimeSpanUnit.WEEKS ? 7L * s.getAmount() : -1;
  }

  private static DayRange months(long n) {
    return cycle(n, CYCLE_MONTHS, MONTH_STARTS);
  }

  private static DayRange years(long n) {
    return cycle(n, CYCLE_YEARS, YEAR_STARTS);
  }

  /** The day each of two cycles' units starts on, counting from the first: 0, 31, 60, …. */
  private static long[] starts(int perCycle, IntUnaryOperator lengthOfUnit) {
    long[] starts = new long[2 * perCycle + 1];
    for (int i = 0; i < 2 * perCycle; i++) {
      starts[i + 1] = starts[i] + lengthOfUnit.applyAsInt(i);
    }
    return starts;
  }

  /**
   * The range of days covered by {@code n} consecutive units (months or years) of the
   * Gregorian calendar, whose 400-year cycle holds {@code perCycle} units.
   */
  private static DayRange cycle(long n, int perCycle, long[] starts) {
    long cycles = n / perCycle;
    int rest = (int) (n % perCycle);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < perCycle; i++) {
      long d = starts[i + rest] - starts[i];
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    return new DayRange(cycles * CYCLE_DAYS + min, cycles * CYCLE_DAYS + max);
  }

  /**
   * Working days: at least the weekends a run of that many weekdays must cross; at most what
   * they cover from any day of the England and Wales calendar (measured for spans up to a
   * year of working days; beyond, the weekends plus eight bank holidays a year, widened by
   * one week).
   */
  private static DayRange workingDays(long n) {
    long min = n + 2 * ((n - 1) / 5);
    if (n > MEASURED_WORKING_DAYS) {
      long weekends = 2 * ((n + 4) / 5);
      long holidays = 8 * ((n + 249) / 250);
      return new DayRange(min, n + weekends + holidays + 7);
    }
    long[] working = Working.DAYS;
    long max = 0;
    // From any day, the n-th working day after it is the n-th after the last working day on
    // or before it, so the span is longest from a working day.
    for (int k = 0; k + n < working.length; k++) {
      max = Math.max(max, working[(int) (k + n)] - working[k]);
    }
    return new DayRange(min, max);
  }

  /** The working days of the England and Wales calendar, as epoch days, read once. */
  private static final class Working {
    static final long[] DAYS = read();

    private static long[] read() {
      HolidayCalendar calendar = HolidayCalendar.englandAndWales();
      LocalDate last = LocalDate.of(calendar.lastYear(), 12, 31);
      return LocalDate.of(calendar.firstYear(), 1, 1).datesUntil(last.plusDays(1))
          .filter(calendar::isWorkingDay).mapToLong(LocalDate::toEpochDay).toArray();
    }
  }
}
