package org.compacts.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import org.compacts.json.BankHolidays;
import org.compacts.json.CompactJsonException;
import org.compacts.time.CalendarCoverageException;
import org.compacts.time.HolidayCalendar;
import picocli.CommandLine.Option;

/**
 * {@code --holidays FILE [--division NAME]}, on every command that evaluates rules: the holiday
 * calendar that working days skip, from the GOV.UK bank holidays file, instead of the built-in
 * England and Wales calendar (2015 to 2030).
 */
final class HolidayOptions {
  @Option(names = "--holidays", paramLabel = "FILE",
      description = {"The GOV.UK bank holidays file (bank-holidays.json) whose holidays working",
          "days skip (default: the built-in England and Wales calendar, 2015-2030)."})
  Path holidays;

  @Option(names = "--division", paramLabel = "NAME",
      description = {"The division of the --holidays file: england-and-wales (default),",
          "scotland or northern-ireland."})
  String division;

  /** The calendar the options name; reads the file, if one is given, each time. */
  HolidayCalendar calendar() {
    if (holidays == null) {
      if (division != null && !division.equals(BankHolidays.ENGLAND_AND_WALES)) {
        throw new CliException("--division " + division + " needs --holidays FILE;"
            + " the built-in calendar is England and Wales's only.");
      }
      return HolidayCalendar.englandAndWales();
    }
    BankHolidays file;
    try {
      file = BankHolidays.read(holidays);
    } catch (CompactJsonException e) {
      throw new CliException(Json.first(holidays.toString(), e), e);
    } catch (NoSuchFileException e) {
      throw new CliException("cannot read " + holidays + ": no such file", e);
    } catch (IOException e) {
      throw new CliException("cannot read " + holidays + ": " + e.getMessage(), e);
    }
    try {
      return file.calendar(division != null ? division : BankHolidays.ENGLAND_AND_WALES);
    } catch (IllegalArgumentException e) {
      throw new CliException(holidays + ": " + e.getMessage(), e);
    }
  }

  /**
   * Says what went wrong in date arithmetic; when working days ran past the calendar's years,
   * says how to give one that covers them.
   */
  static String describe(DateTimeException e) {
    if (e instanceof CalendarCoverageException) {
      String message = e.getMessage();
      return message.substring(0, message.length() - 1) + "; give --holidays FILE (the GOV.UK"
          + " bank holidays file) with a calendar that covers it.";
    }
    return e.getMessage();
  }
}
