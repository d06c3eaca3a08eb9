package org.compacts.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSpanTest {
  private static final HolidayCalendar EW = HolidayCalendar.englandAndWales();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void threeMonthsBefore31MayClampsToTheEndOfFebruary() {
    TimeSpan threeMonths = TimeSpan.of(3, TimeSpanUnit.MONTHS);
    assertThat(threeMonths.subtractFrom(day("2025-05-31"))).isEqualTo(day("2025-02-28"));
    assertThat(threeMonths.subtractFrom(day("2024-05-31"))).isEqualTo(day("2024-02-29"));
    assertThat(TimeSpan.of(1, TimeSpanUnit.MONTHS).addTo(day("2025-01-31")))
        .isEqualTo(day("2025-02-28"));
  }

  @Test
  void yearsFrom29FebruaryClampTo28February() {
    assertThat(TimeSpan.of(1, TimeSpanUnit.YEARS).addTo(day("2024-02-29")))
        .isEqualTo(day("2025-02-28"));
    assertThat(TimeSpan.of(4, TimeSpanUnit.YEARS).addTo(day("2024-02-29")))
        .isEqualTo(day("2028-02-29"));
  }

  @Test
  void daysAndWeeksAreCalendarDays() {
    assertThat(TimeSpan.of(21, TimeSpanUnit.DAYS).addTo(day("2025-03-01")))
        .isEqualTo(day("2025-03-22"));
    assertThat(TimeSpan.of(12, TimeSpanUnit.WEEKS).addTo(day("2025-01-06")))
        .isEqualTo(day("2025-03-31"));
    assertThat(TimeSpan.of(6, TimeSpanUnit.WEEKS).subtractFrom(day("2024-03-14")))
        .isEqualTo(day("2024-02-01"));
  }

  @Test
  void workingDaysSkipChristmasAndNewYear() {
    TimeSpan twenty = TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS);
    assertThat(twenty.addTo(day("2025-12-19"), EW)).isEqualTo(day("2026-01-21"));
    assertThat(twenty.subtractFrom(day("2026-01-21"), EW)).isEqualTo(day("2025-12-19"));
    assertThat(twenty.addTo(day("2025-12-19"), HolidayCalendar.weekendsOnly()))
        .isEqualTo(day("2026-01-16"));
  }

  @Test
  void workingDaysFromAWeekendStartOnTheNextWorkingDay() {
    assertThat(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS).addTo(day("2025-05-03"), EW))
        .isEqualTo(day("2025-05-06"));   // Saturday; Monday 5 May is the Early May holiday
  }

  @Test
  void aCallersCalendarIsHonoured() {
    HolidayCalendar local = HolidayCalendar.of("Local", 2025, 2025,
        Map.of(day("2025-07-14"), "Local holiday"));
    assertThat(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS).addTo(day("2025-07-11"), local))
        .isEqualTo(day("2025-07-15"));
    assertThatThrownBy(() -> TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)
        .addTo(day("2025-12-31"), local))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2026-01-01").hasMessageContaining("Local");
  }

  @Test
  void aSpanRepeats() {
    assertThat(TimeSpan.of(3, TimeSpanUnit.MONTHS).multipliedBy(4))
        .isEqualTo(TimeSpan.of(12, TimeSpanUnit.MONTHS));
    assertThat(TimeSpan.of(3, TimeSpanUnit.MONTHS).multipliedBy(0).addTo(day("2025-01-31")))
        .isEqualTo(day("2025-01-31"));
    assertThatThrownBy(() -> TimeSpan.of(3, TimeSpanUnit.MONTHS).multipliedBy(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeSpan.of(Integer.MAX_VALUE, TimeSpanUnit.DAYS).multipliedBy(2))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aSpanNamesItselfInItsUnitsJsonName() {
    assertThat(TimeSpan.of(21, TimeSpanUnit.DAYS)).hasToString("21 days");
    assertThat(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)).hasToString("1 working-day");
    assertThat(TimeSpan.of(3, TimeSpanUnit.MONTHS)).hasToString("3 months");
    assertThat(TimeSpan.of(1, TimeSpanUnit.YEARS)).hasToString("1 year");
  }
}
