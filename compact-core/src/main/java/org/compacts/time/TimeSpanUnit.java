package org.compacts.time;

/** The unit of a {@link TimeSpan}. */
public enum TimeSpanUnit {
  /** Calendar days. */
  DAYS,
  /** Working days: not Saturdays, Sundays or the holidays of a {@code HolidayCalendar}. */
  WORKING_DAYS,
  /** Weeks of seven days. */
  WEEKS,
  /** Calendar months, clamped to the end of a shorter month. */
  MONTHS,
  /** Calendar years, clamped to 28 February in a year without 29 February. */
  YEARS
}
