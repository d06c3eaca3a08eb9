package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.samples.SampleCompacts;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --holidays FILE [--division NAME]}: the calendar working days skip, and the
 * refusal of a working day past the calendar's years. The compact is Sandwell's, its stage 2
 * response limit put in working days.
 */
class HolidaysOptionTest {
  /** A bank holidays file of our own in the GOV.UK format, 2030 to 2031. */
  private static final String BANK_HOLIDAYS = "{\"england-and-wales\":{\"division\":"
      + "\"england-and-wales\",\"events\":["
      + "{\"title\":\"Christmas Day\",\"date\":\"2030-12-25\",\"notes\":\"\",\"bunting\":true},"
      + "{\"title\":\"Boxing Day\",\"date\":\"2030-12-26\",\"notes\":\"\",\"bunting\":true},"
      + "{\"title\":\"New Year’s Day\",\"date\":\"2031-01-01\",\"notes\":\"\",\"bunting\":true}]},"
      + "\"scotland\":{\"division\":\"scotland\",\"events\":["
      + "{\"title\":\"New Year’s Day\",\"date\":\"2031-01-01\",\"notes\":\"\",\"bunting\":true},"
      + "{\"title\":\"2nd January\",\"date\":\"2031-01-02\",\"notes\":\"\",\"bunting\":true}]}}";

  @TempDir
  Path dir;

  private Path compact;
  private Path holidays;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @BeforeEach
  void files() throws IOException {
    Compact sandwell = SampleCompacts.sandwell();
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : sandwell.getRules()) {
      rules.add(rule instanceof StageTimeLimitRule ? ((StageTimeLimitRule) rule)
          .withPeriod(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)) : rule);
    }
    compact = write("sandwell-working-days.json",
        CompactJson.create().write(sandwell.withRules(rules)));
    holidays = write("bank-holidays.json", BANK_HOLIDAYS);
  }

  private Path step(String startedOn, String completedOn) throws IOException {
    return write("step.json", "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \""
        + startedOn + "\", \"completedOn\": \"" + completedOn + "\"}");
  }

  @Test
  void aWorkingDayPastTheBuiltInCalendarIsBadInputThatSaysToGiveHolidays() throws IOException {
    Path events = step("2030-12-31", "2031-01-02");
    Cli cli = Cli.run("check", compact.toString(), events.toString(), "--as-of", "2031-02-01");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEqualTo("compact: " + events + ": event 1: The holiday calendar"
        + " 'England and Wales' covers 2015\u20132030, so it cannot tell whether 2031-01-01 is"
        + " a working day; give --holidays FILE (the GOV.UK bank holidays file) with a calendar"
        + " that covers it.\n");
  }

  @Test
  void theHolidaysFileCoversTheYearsTheBuiltInCalendarDoesNot() throws IOException {
    Cli cli = Cli.run("check", compact.toString(), step("2030-12-31", "2031-01-02").toString(),
        "--as-of", "2031-02-01", "--holidays", holidays.toString());
    assertThat(cli.err).isEmpty();
    assertThat(cli.code).isZero();
    assertThat(cli.out).contains("\"outcome\": \"met\"").contains("\"due\": \"2031-01-02\"");
  }

  @Test
  void theDivisionDecidesWhichDaysAreWorkingDays() throws IOException {
    Path events = step("2031-01-01", "2031-01-03");
    Cli england = Cli.run("check", compact.toString(), events.toString(), "--as-of",
        "2031-02-01", "--holidays", holidays.toString());
    assertThat(england.code).isEqualTo(1);
    assertThat(england.out).contains("\"outcome\": \"not-met\"")
        .contains("\"due\": \"2031-01-02\"");
    Cli scotland = Cli.run("check", compact.toString(), events.toString(), "--as-of",
        "2031-02-01", "--holidays", holidays.toString(), "--division", "scotland");
    assertThat(scotland.code).isZero();
    assertThat(scotland.out).contains("\"outcome\": \"met\"")
        .contains("\"due\": \"2031-01-03\"");
  }

  @Test
  void aDivisionTheFileDoesNotHoldIsBadInput() throws IOException {
    Cli cli = Cli.run("check", compact.toString(), step("2031-01-01", "2031-01-03").toString(),
        "--as-of", "2031-02-01", "--holidays", holidays.toString(), "--division",
        "northern-ireland");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).isEqualTo("compact: " + holidays + ": The bank holidays file has no"
        + " division 'northern-ireland'; it has 'england-and-wales', 'scotland'.\n");
  }

  @Test
  void aDivisionWithoutAFileIsBadInput() throws IOException {
    Cli cli = Cli.run("check", compact.toString(), step("2031-01-01", "2031-01-03").toString(),
        "--division", "scotland");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).isEqualTo("compact: --division scotland needs --holidays FILE; the"
        + " built-in calendar is England and Wales's only.\n");
  }

  @Test
  void aBadHolidaysFileIsBadInputLocatedInIt() throws IOException {
    Path bad = write("bad.json", BANK_HOLIDAYS.replace("2031-01-02", "2031-01-32"));
    Cli cli = Cli.run("check", compact.toString(), step("2031-01-01", "2031-01-03").toString(),
        "--holidays", bad.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).startsWith("compact: " + bad + ":1:")
        .contains(": /scotland/events/1/date: '2031-01-32' is not a date in the form"
            + " yyyy-MM-dd.").hasLineCount(1);
    Cli missing = Cli.run("check", compact.toString(), step("2031-01-01", "2031-01-03")
        .toString(), "--holidays", dir.resolve("none.json").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).endsWith("none.json: no such file\n");
  }

  @Test
  void aStreamGoesOnAfterAnEventPastTheCalendar() throws IOException {
    Path events = write("steps.ndjson", "{\"type\": \"dispute-step\", \"stage\": 2,"
        + " \"startedOn\": \"2030-12-31\"}\n{\"type\": \"dispute-step\", \"stage\": 2,"
        + " \"startedOn\": \"2030-12-02\", \"completedOn\": \"2030-12-03\"}\n");
    Cli cli = Cli.run("check", compact.toString(), events.toString(), "--as-of", "2031-02-01");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).isEqualTo("compact: " + events + ":1: The holiday calendar 'England"
        + " and Wales' covers 2015\u20132030, so it cannot tell whether 2031-01-01 is a working"
        + " day; give --holidays FILE (the GOV.UK bank holidays file) with a calendar that"
        + " covers it.\n");
    assertThat(cli.out.lines()).hasSize(1).allMatch(l -> l.contains("\"outcome\":\"met\""));
  }

  @Test
  void checkHelpNamesTheOptions() {
    Cli cli = Cli.run("check", "--help");
    assertThat(cli.code).isZero();
    assertThat(cli.out).contains("--holidays=FILE").contains("--division=NAME");
  }
}
