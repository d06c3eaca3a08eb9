package org.compacts.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working days that run past the years a calendar covers are refused, never guessed. */
class CalendarCoverageTest {
  private static final HolidayCalendar EW = HolidayCalendar.englandAndWales();

  @Test
  void theLastWorkingDayACalendarCoversIsStillCounted() {
    // 2030-12-20 is a Friday; Christmas Day and Boxing Day 2030 are a Wednesday and Thursday.
    assertThat(TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS).addTo(LocalDate.of(2030, 12, 20)))
        .isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void oneWorkingDayMoreRunsPastTheCalendarAndIsRefusedWithItsYears() {
    assertThatThrownBy(() -> TimeSpan.of(6, TimeSpanUnit.WORKING_DAYS)
        .addTo(LocalDate.of(2030, 12, 20)))
        .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
          assertThat(e.calendar()).isEqualTo("England and Wales");
          assertThat(e.firstYear()).isEqualTo(2015);
          assertThat(e.lastYear()).isEqualTo(2030);
          assertThat(e.day()).isEqualTo(LocalDate.of(2031, 1, 1));
        })
        .hasMessage("The holiday calendar 'England and Wales' covers 2015\u20132030, so it"
            + " cannot tell whether 2031-01-01 is a working day.");
  }

  @Test
  void countingBackBeforeTheFirstYearIsRefusedToo() {
    assertThatThrownBy(() -> TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS)
        .subtractFrom(LocalDate.of(2015, 1, 5), EW))
        .isInstanceOfSatisfying(CalendarCoverageException.class,
            e -> assertThat(e.day()).isEqualTo(LocalDate.of(2014, 12, 31)));
  }

  @Test
  void calendarDaysWeeksAndMonthsNeedNoCalendar() {
    assertThat(TimeSpan.of(3, TimeSpanUnit.MONTHS).addTo(LocalDate.of(2031, 11, 30), EW))
        .isEqualTo(LocalDate.of(2032, 2, 29));
  }

  @Test
  void aCalendarOfOneYearCoversOnlyThatYear() {
    HolidayCalendar local = HolidayCalendar.of("Local", 2025, 2025, Map.of());
    assertThat(local.covers(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(local.covers(LocalDate.of(2026, 1, 1))).isFalse();
    assertThatThrownBy(() -> local.isWorkingDay(LocalDate.of(2024, 12, 31)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("covers 2025\u20132025");
  }
}
