package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.CalendarCoverageException;
import org.compacts.time.HolidayCalendar;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

/**
 * The reader of the GOV.UK bank holidays file, on a small file of our own in its format (one
 * line of JSON, three divisions, notes and bunting), and on files that are not right.
 */
class BankHolidaysTest {
  private static final String EVENT = "{\"title\": \"New Year’s Day\", \"date\": \"2031-01-01\","
      + " \"notes\": \"\", \"bunting\": true}";

  private static BankHolidays fixture() throws IOException, URISyntaxException {
    return BankHolidays.read(Path.of(BankHolidaysTest.class.getResource("bank-holidays.json")
        .toURI()));
  }

  private static String division(String name, String events) {
    return "{\"" + name + "\": {\"division\": \"" + name + "\", \"events\": [" + events + "]}}";
  }

  private static CompactJsonException refused(String json) {
    return catchThrowableOfType(CompactJsonException.class, () -> BankHolidays.parse(json));
  }

  @Test
  void readsEveryDivisionInFileOrderWithTheYearsItsEventsSpan()
      throws IOException, URISyntaxException {
    BankHolidays file = fixture();
    assertThat(file.divisions()).containsExactly(BankHolidays.ENGLAND_AND_WALES,
        BankHolidays.SCOTLAND, BankHolidays.NORTHERN_IRELAND);
    HolidayCalendar ew = file.calendar(BankHolidays.ENGLAND_AND_WALES);
    assertThat(ew.name()).isEqualTo("England and Wales");
    assertThat(ew.firstYear()).isEqualTo(2030);
    assertThat(ew.lastYear()).isEqualTo(2031);
    assertThat(ew.holidays()).hasSize(16)
        .containsEntry(LocalDate.of(2031, 1, 1), "New Year’s Day");
    HolidayCalendar scotland = file.calendar(BankHolidays.SCOTLAND);
    assertThat(scotland.firstYear()).isEqualTo(2031);
    assertThat(scotland.holidayOn(LocalDate.of(2031, 12, 1)))
        .contains("St Andrew’s Day (Substitute day)");
    assertThat(file.calendar(BankHolidays.NORTHERN_IRELAND)
        .isWorkingDay(LocalDate.of(2031, 3, 17))).isFalse();
  }

  @Test
  void theDivisionChosenDecidesWorkingDays() throws IOException, URISyntaxException {
    BankHolidays file = fixture();
    TimeSpan oneDay = TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS);
    LocalDate newYear = LocalDate.of(2031, 1, 1);
    // 2 January is a bank holiday in Scotland only.
    assertThat(oneDay.addTo(newYear, file.calendar(BankHolidays.ENGLAND_AND_WALES)))
        .isEqualTo(LocalDate.of(2031, 1, 2));
    assertThat(oneDay.addTo(newYear, file.calendar(BankHolidays.SCOTLAND)))
        .isEqualTo(LocalDate.of(2031, 1, 3));
    // Beyond the last year of the file, working days are refused, not guessed.
    assertThatThrownBy(() -> TimeSpan.of(5, TimeSpanUnit.WORKING_DAYS)
        .addTo(LocalDate.of(2031, 12, 29), file.calendar(BankHolidays.SCOTLAND)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("'Scotland' covers 2031\u20132031");
  }

  @Test
  void theReadmeExample() throws IOException, URISyntaxException {
    Path downloaded = Path.of(BankHolidaysTest.class.getResource("bank-holidays.json").toURI());
    BankHolidays file = BankHolidays.read(downloaded);   // the bank-holidays.json of GOV.UK
    RuleEvaluator scottish = RuleEvaluator.create().withCalendar(file.calendar(BankHolidays.SCOTLAND));
    assertThat(scottish.calendar().name()).isEqualTo("Scotland");
  }

  @Test
  void aDivisionTheFileDoesNotHoldIsRefusedNamingThoseItHas() {
    BankHolidays file = BankHolidays.parse(division("scotland", EVENT));
    assertThatThrownBy(() -> file.calendar("england-and-wales"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The bank holidays file has no division 'england-and-wales'; it has"
            + " 'scotland'.");
  }

  @Test
  void readsFromAStreamToo() throws IOException {
    try (InputStream in = BankHolidaysTest.class.getResourceAsStream("bank-holidays.json")) {
      assertThat(BankHolidays.read(in).divisions()).hasSize(3);
    }
  }

  @Test
  void anUnknownDivisionIsLocatedAtItsName() {
    CompactJsonException e = refused("{\n  \"wales\": {\"division\": \"wales\", \"events\": ["
        + EVENT + "]}\n}");
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo("unknown-division");
      assertThat(p.getPointer()).isEqualTo("/wales");
      assertThat(p.getLine()).isEqualTo(2);
      assertThat(p.getColumn()).isEqualTo(3);
      assertThat(p.getMessage()).isEqualTo("'wales' is not a division of the bank holidays"
          + " file; the divisions are 'england-and-wales', 'northern-ireland', 'scotland'.");
    });
  }

  @Test
  void badDatesAreEachLocatedAndAllReportedAtOnce() {
    CompactJsonException e = refused(division("scotland",
        EVENT + ",\n{\"title\": \"2nd January\", \"date\": \"2031-02-30\"},\n"
            + "{\"title\": \"Good Friday\", \"date\": \"11/04/2031\"}"));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer,
        JsonProblem::getLine).containsExactly(
            tuple("bad-date", "/scotland/events/1/date", 2),
            tuple("bad-date", "/scotland/events/2/date", 3));
    assertThat(e.getProblems().get(1).getMessage())
        .isEqualTo("'11/04/2031' is not a date in the form yyyy-MM-dd.");
    assertThat(e.getProblems().get(1).getColumn()).isEqualTo(34);
  }

  @Test
  void aFileOfTheWrongShapeIsRefusedWhereItGoesWrong() {
    assertThat(refused("[" + EVENT + "]").getProblems()).extracting(JsonProblem::getCode,
        JsonProblem::getPointer).containsExactly(tuple("wrong-type", ""));
    assertThat(refused("{\"scotland\": [" + EVENT + "]}").getProblems())
        .extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("wrong-type", "/scotland"));
    assertThat(refused("{\"scotland\": {\"division\": \"scotland\", \"events\": {}}}")
        .getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("wrong-type", "/scotland/events"));
    assertThat(refused("{\"scotland\": {\"division\": \"scotland\"}}").getProblems())
        .extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("missing-field", "/scotland"));
    assertThat(refused(division("scotland", "{\"date\": \"2031-01-01\"}, 5")).getProblems())
        .extracting(JsonProblem::getCode, JsonProblem::getPointer).containsExactly(
            tuple("missing-field", "/scotland/events/0"),
            tuple("wrong-type", "/scotland/events/1"));
    assertThat(refused(division("scotland", "{\"title\": 1, \"date\": 20310101}"))
        .getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("wrong-type", "/scotland/events/0/title"),
            tuple("wrong-type", "/scotland/events/0/date"));
    assertThat(refused("{}").getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("no-divisions");
  }

  @Test
  void aDivisionFiledUnderAnotherNameIsRefused() {
    assertThat(refused("{\"scotland\": {\"division\": \"northern-ireland\", \"events\": ["
        + EVENT + "]}}").getProblems()).extracting(JsonProblem::getCode,
        JsonProblem::getPointer).containsExactly(tuple("division-mismatch",
        "/scotland/division"));
  }

  @Test
  void aDateGivenTwiceAndAMissingYearAreRefused() {
    assertThat(refused(division("scotland", EVENT + "," + EVENT)).getProblems())
        .extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("duplicate-date", "/scotland/events/1/date"));
    CompactJsonException gap = refused(division("scotland", EVENT + ","
        + EVENT.replace("2031", "2033")));
    assertThat(gap.getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("missing-year", "/scotland/events"));
    assertThat(gap.getProblems().get(0).getMessage()).contains("no holiday in 2032");
    assertThat(refused(division("scotland", "")).getProblems())
        .extracting(JsonProblem::getCode).containsExactly("no-events");
  }

  @Test
  void malformedJsonAndDuplicateKeysAreLocated() {
    assertThat(refused("{\"scotland\": {\"division\": \"scotland\",\n \"events\": [}")
        .getProblems()).singleElement().satisfies(p -> {
          assertThat(p.getCode()).isEqualTo("syntax");
          assertThat(p.getLine()).isEqualTo(2);
        });
    assertThat(refused("{\"scotland\": {\"division\": \"scotland\", \"division\": \"x\"}}")
        .getProblems()).extracting(JsonProblem::getCode).containsExactly("duplicate-key");
  }
}
