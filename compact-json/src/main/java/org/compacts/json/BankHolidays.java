package org.compacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.compacts.time.HolidayCalendar;

/**
 * The UK bank holidays as the government publishes them (the {@code bank-holidays.json} file of
 * GOV.UK): one {@link HolidayCalendar} per division, {@code england-and-wales},
 * {@code scotland} and {@code northern-ireland}, each covering the years its events span.
 *
 * <pre>{@code
 * BankHolidays file = BankHolidays.read(Path.of("bank-holidays.json"));
 * HolidayCalendar scotland = file.calendar(BankHolidays.SCOTLAND);
 * RuleEvaluator evaluator = RuleEvaluator.create().withCalendar(scotland);
 * }</pre>
 *
 * <p>The file is {@code {"england-and-wales": {"division": "england-and-wales", "events":
 * [{"title": "New Year’s Day", "date": "2025-01-01", "notes": "", "bunting": true}, ...]},
 * ...}}. Reading is strict about what the calendar needs (a known division, a title and an
 * ISO date for each event, no date twice, no year left out between the first and the last)
 * and reports every problem at once, each located by JSON Pointer, line and column, in a
 * {@link CompactJsonException}. Fields the calendar does not need are passed over. Instances
 * are immutable.
 */
public final class BankHolidays {
  /** The division of England and Wales. */
  public static final String ENGLAND_AND_WALES = "england-and-wales";
  /** The division of Scotland. */
  public static final String SCOTLAND = "scotland";
  /** The division of Northern Ireland. */
  public static final String NORTHERN_IRELAND = "northern-ireland";

  /** The divisions the file may hold, with the names their calendars carry. */
  static final Map<String, String> DIVISIONS = Map.of(
      ENGLAND_AND_WALES, "England and Wales",
      SCOTLAND, "Scotland",
      NORTHERN_IRELAND, "Northern Ireland");

  private final Map<String, HolidayCalendar> calendars;

  BankHolidays(Map<String, HolidayCalendar> calendars) {
    this.calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
  }

  /**
   * Reads a bank holidays file in UTF-8.
   *
   * @param file the file
   * @return the calendars of its divisions
   * @throws IOException when the file cannot be read
   * @throws CompactJsonException with every problem, located, when it is not such a file
   */
  public static BankHolidays read(Path file) throws IOException {
    return BankHolidaysReader.read(Source.read(Objects.requireNonNull(file, "file")));
  }

  /**
   * Reads a bank holidays file from a UTF-8 stream; does not close it.
   *
   * @param in the stream
   * @return the calendars of its divisions
   * @throws IOException when the stream fails
   * @throws CompactJsonException with every problem, located
   */
  public static BankHolidays read(InputStream in) throws IOException {
    return BankHolidaysReader.read(Source.read(Objects.requireNonNull(in, "in")));
  }

  /**
   * Reads the text of a bank holidays file.
   *
   * @param json the text
   * @return the calendars of its divisions
   * @throws CompactJsonException with every problem, located
   */
  public static BankHolidays parse(String json) {
    return BankHolidaysReader.read(Source.of(Objects.requireNonNull(json, "json")));
  }

  /** The divisions this file holds, in file order. */
  public Set<String> divisions() {
    return calendars.keySet();
  }

  /**
   * Returns the calendar of a division.
   *
   * @param division {@code england-and-wales}, {@code scotland} or {@code northern-ireland}
   * @return its bank holidays, covering the years its events span
   * @throws IllegalArgumentException if the file holds no such division
   */
  public HolidayCalendar calendar(String division) {
    HolidayCalendar calendar = calendars.get(Objects.requireNonNull(division, "division"));
    if (calendar == null) {
      throw new IllegalArgumentException("The bank holidays file has no division '"
          + Texts.clip(division) + "'; it has " + quoted(calendars.keySet()) + ".");
    }
    return calendar;
  }

  static String quoted(Set<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(out.length() == 0 ? "" : ", ").append('\'').append(name).append('\'');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "BankHolidays" + calendars.values();
  }
}
