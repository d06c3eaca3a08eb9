package org.compacts.json.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date forms real grants files use. */
class GrantDatesTest {
  @ParameterizedTest
  @CsvSource({
      "2015-07-01, 2015-07-01",
      // Lloyds Bank Foundation: date-times, the calendar date as written is taken
      "2015-07-01T00:00:00+00:00, 2015-07-01",
      "2015-07-01T23:30:00-05:00, 2015-07-01",
      "2015-07-01T00:00:00Z, 2015-07-01",
      "2015-07-01T00:00, 2015-07-01",
      "2015-07-01T00:00:00.123456+0100, 2015-07-01",
      "2016-02-29T12:00:00+01, 2016-02-29"})
  void readsIsoDatesAndTheDateOfDateTimesAsWritten(String text, LocalDate expected) {
    GrantDates.Parsed parsed = GrantDates.parse(text);
    assertThat(parsed.date).isEqualTo(expected);
    assertThat(parsed.form).isEqualTo(GrantDates.Form.ISO);
  }

  @ParameterizedTest
  @CsvSource({
      // Oxfordshire Community Foundation writes day/month/year
      "30/09/2013, 2013-09-30",
      "03/10/2014, 2014-10-03",
      "3/1/2014, 2014-01-03",
      "29/02/2016, 2016-02-29"})
  void readsDayMonthYearAsSuch(String text, LocalDate expected) {
    GrantDates.Parsed parsed = GrantDates.parse(text);
    assertThat(parsed.date).isEqualTo(expected);
    assertThat(parsed.form).isEqualTo(GrantDates.Form.DAY_MONTH_YEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-02-30", "2015-13-01", "31/04/2014", "29/02/2015", "00/01/2014"})
  void refusesDaysThatDoNotExist(String text) {
    assertThatThrownBy(() -> GrantDates.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + text + "' names a day that does not exist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Tuesday", "2015-7-1", "2015/07/01", "01/07/15", "1 July 2015",
      "20150701", "2015-07-01 00:00", "2015-07-01T", "2015-07-01T00:00+", "2015-07-01X",
      "2015-07-01T00:00:00+00:00:00", "07/01/2015/1", "2015-07-01T00:00:00."})
  void refusesOtherTexts(String text) {
    assertThatThrownBy(() -> GrantDates.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a date (yyyy-MM-dd, a date-time such as"
            + " 2015-07-01T00:00:00+00:00, or DD/MM/YYYY)");
  }
}
