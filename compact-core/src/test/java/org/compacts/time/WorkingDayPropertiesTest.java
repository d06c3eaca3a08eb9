package org.compacts.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties of working-day arithmetic over the shipped England and Wales calendar. */
class WorkingDayPropertiesTest {
  private static final HolidayCalendar EW = HolidayCalendar.englandAndWales();

  @TestFactory
  Stream<DynamicTest> workingDayArithmeticNeverLandsOnAWeekendOrHoliday() {
    return Property.forAll("working-day arithmetic never lands on a weekend or holiday", gen -> {
      LocalDate from = gen.date(LocalDate.of(2015, 3, 1), LocalDate.of(2030, 10, 31));
      int n = gen.between(1, 40);
      TimeSpan span = TimeSpan.of(n, TimeSpanUnit.WORKING_DAYS);
      for (LocalDate reached : new LocalDate[] {span.addTo(from, EW), span.subtractFrom(from, EW)}) {
        assertThat(reached.getDayOfWeek()).as("%s from %s", span, from)
            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(EW.holidayOn(reached)).as("%s from %s reaches %s", span, from, reached)
            .isEmpty();
        assertThat(reached).isNotEqualTo(from);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> addingThenSubtractingWorkingDaysFromAWorkingDayReturnsIt() {
    return Property.forAll("adding then subtracting n working days from a working day returns"
        + " it", gen -> {
          LocalDate start = workingDay(gen);
          int n = gen.between(0, 60);
          LocalDate there = EW.plusWorkingDays(start, n);
          assertThat(EW.plusWorkingDays(there, -n)).as("%s + %d - %d", start, n, n)
              .isEqualTo(start);
          if (n > 0) {
            TimeSpan span = TimeSpan.of(n, TimeSpanUnit.WORKING_DAYS);
            assertThat(span.subtractFrom(span.addTo(start, EW), EW)).isEqualTo(start);
            assertThat(span.addTo(span.subtractFrom(start, EW), EW)).isEqualTo(start);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> nWorkingDaysAfterADayAreExactlyTheNWorkingDaysThatFollowIt() {
    return Property.forAll("n working days after a day skip exactly the non-working days", gen -> {
      LocalDate from = gen.date(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 10, 31));
      int n = gen.between(1, 40);
      LocalDate reached = EW.plusWorkingDays(from, n);
      int working = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(reached); d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY
            || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!weekend && !EW.holidays().containsKey(d)) {
          working++;
        }
      }
      assertThat(working).isEqualTo(n);
    });
  }

  private static LocalDate workingDay(Gen gen) {
    LocalDate day = gen.date(LocalDate.of(2015, 4, 1), LocalDate.of(2030, 9, 30));
    while (!EW.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
