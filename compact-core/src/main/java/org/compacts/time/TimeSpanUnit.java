package org.compacts.time;

import java.util.Locale;

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
  YEARS;

  private final String plural = name().toLowerCase(Locale.ROOT).replace('_', '-');
  private final String singular = plural.substring(0, plural.length() - 1);

  /** The unit's JSON name, singular or plural: {@code working-day}, {@code months}. */
  String label(boolean one) {
    return one ? singular : plural;
  }
}
