package org.compacts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.compacts.testkit.CompactEdits;
import org.compacts.testkit.Property;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DayRangeTest {
  private static TimeSpan span(int n, TimeSpanUnit unit) {
    return TimeSpan.of(n, unit);
  }

  @Test
  void threeMonthsCoverEightyNineToNinetyTwoDays() {
    DayRange r = DayRange.of(span(3, TimeSpanUnit.MONTHS));
    assertThat(r.min).isEqualTo(89);
    assertThat(r.max).isEqualTo(92);
  }

  @Test
  void weeksAndDaysAreExact() {
    assertThat(DayRange.of(span(12, TimeSpanUnit.WEEKS)).min).isEqualTo(84);
    assertThat(DayRange.of(span(12, TimeSpanUnit.WEEKS)).max).isEqualTo(84);
    assertThat(DayRange.of(span(21, TimeSpanUnit.DAYS)).max).isEqualTo(21);
  }

  @Test
  void aYearIs365Or366DaysAndFourHundredYearsAreOneCycle() {
    assertThat(DayRange.of(span(1, TimeSpanUnit.YEARS)).min).isEqualTo(365);
    assertThat(DayRange.of(span(1, TimeSpanUnit.YEARS)).max).isEqualTo(366);
    assertThat(DayRange.of(span(400, TimeSpanUnit.YEARS)).min).isEqualTo(146_097);
    assertThat(DayRange.of(span(400, TimeSpanUnit.YEARS)).max).isEqualTo(146_097);
    assertThat(DayRange.of(span(4800, TimeSpanUnit.MONTHS)).max).isEqualTo(146_097);
  }

  @Test
  void spansCompareByDaysAcrossUnitsOnlyWhereTheRangesDoNotOverlap() {
    assertThat(DayRange.compare(span(12, TimeSpanUnit.WEEKS), span(3, TimeSpanUnit.MONTHS)))
        .isEqualTo(-1);
    assertThat(DayRange.compare(span(13, TimeSpanUnit.WEEKS), span(3, TimeSpanUnit.MONTHS)))
        .isNull();
    assertThat(DayRange.compare(span(93, TimeSpanUnit.DAYS), span(3, TimeSpanUnit.MONTHS)))
        .isEqualTo(1);
    assertThat(DayRange.compare(span(12, TimeSpanUnit.MONTHS), span(1, TimeSpanUnit.YEARS)))
        .isZero();
    assertThat(DayRange.compare(span(2, TimeSpanUnit.WEEKS), span(14, TimeSpanUnit.DAYS)))
        .isZero();
    assertThat(DayRange.compare(span(3, TimeSpanUnit.MONTHS), span(2, TimeSpanUnit.MONTHS)))
        .isEqualTo(1);
    assertThat(DayRange.compare(span(20, TimeSpanUnit.WORKING_DAYS),
        span(4, TimeSpanUnit.WEEKS))).isNull();
    assertThat(DayRange.compare(span(20, TimeSpanUnit.WORKING_DAYS),
        span(2, TimeSpanUnit.MONTHS))).isEqualTo(-1);
  }

  @TestFactory
  Stream<DynamicTest> everyStartDayFallsInTheRange() {
    HolidayCalendar calendar = HolidayCalendar.englandAndWales();
    return Property.forAll("a span from any day covers days within its range", gen -> {
      TimeSpan s = CompactEdits.span(gen);
      DayRange r = DayRange.of(s);
      LocalDate start = gen.date(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 12, 31));
      long days = s.addTo(start, calendar).toEpochDay() - start.toEpochDay();
      assertThat(days).isBetween(r.min, r.max);
      assertThat(DayRange.compare(s, s)).isZero();
    });
  }
}
