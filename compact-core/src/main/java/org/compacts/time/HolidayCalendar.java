package org.compacts.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The holidays on which no one works, besides Saturdays and Sundays, for a span of years.
 * Working-day arithmetic uses one; the library ships the bank holidays of England and Wales.
 *
 * <pre>{@code
 * HolidayCalendar ew = HolidayCalendar.englandAndWales();
 * ew.isWorkingDay(LocalDate.of(2025, 12, 25));   // false
 * HolidayCalendar mine = HolidayCalendar.of("Example", 2025, 2025,
 *     Map.of(LocalDate.of(2025, 7, 14), "Local holiday"));
 * }</pre>
 *
 * <p>A calendar knows its holidays only for the years it covers; asking about a day outside
 * them throws a {@link CalendarCoverageException} naming the years and the day, so that an
 * answer is never silently wrong. {@link #weekendsOnly()} covers every year. To count working
 * days beyond 2030, or in Scotland or Northern Ireland, read the official bank holidays file
 * with compact-json's {@code BankHolidays}.
 */
public final class HolidayCalendar {
  private static final HolidayCalendar WEEKENDS_ONLY =
      new HolidayCalendar("weekends only", LocalDate.MIN.getYear(), LocalDate.MAX.getYear(),
          Map.of());
  private static final String ENGLAND_AND_WALES_DATA = "england-and-wales-bank-holidays.tsv";

  private final String name;
  private final int firstYear;
  private final int lastYear;
  private final Map<LocalDate, String> holidays;

  private HolidayCalendar(
      String name, int firstYear, int lastYear, Map<LocalDate, String> holidays) {
    this.name = name;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
  }

  /**
   * Returns the bank holidays of England and Wales for 2015 to 2030, including the one-off
   * holidays of 2020, 2022 and 2023 and the substitute days for holidays at a weekend.
   *
   * @return the shared calendar
   */
  public static HolidayCalendar englandAndWales() {
    return EnglandAndWales.CALENDAR;
  }

  /**
   * Returns a calendar with no holidays besides weekends, covering every year.
   *
   * @return the shared calendar
   */
  public static HolidayCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  /**
   * Creates a calendar from its holidays.
   *
   * @param name the calendar's name, used in messages
   * @param firstYear the first year it covers
   * @param lastYear the last year it covers, inclusive
   * @param holidays the holidays in those years, each with its name
   * @return the calendar
   * @throws IllegalArgumentException if the years are reversed or a holiday lies outside them
   */
  public static HolidayCalendar of(
      String name, int firstYear, int lastYear, Map<LocalDate, String> holidays) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holidays, "holidays");
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("Calendar '" + name + "' ends in " + lastYear
          + ", before it starts in " + firstYear + ".");
    }
    for (LocalDate day : holidays.keySet()) {
      if (day.getYear() < firstYear || day.getYear() > lastYear) {
        throw new IllegalArgumentException("Holiday " + day + " lies outside calendar '" + name
            + "', which covers " + firstYear + "-" + lastYear + ".");
      }
    }
    return new HolidayCalendar(name, firstYear, lastYear, holidays);
  }

  /** The calendar's name. */
  public String name() {
    return name;
  }

  /** The first year the calendar covers. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the calendar covers, inclusive. */
  public int lastYear() {
    return lastYear;
  }

  /** The holidays with their names, in date order. */
  public Map<LocalDate, String> holidays() {
    return holidays;
  }

  /**
   * Tells whether a day is in a year the calendar covers.
   *
   * @param day the day
   * @return true when the calendar knows the holidays of that day's year
   */
  public boolean covers(LocalDate day) {
    return day.getYear() >= firstYear && day.getYear() <= lastYear;
  }

  /**
   * Returns the name of the holiday on a day.
   *
   * @param day a day in a year the calendar covers
   * @return the holiday's name, or empty when the day is not a holiday
   * @throws CalendarCoverageException if the calendar does not cover the day's year
   */
  public Optional<String> holidayOn(LocalDate day) {
    requireCovered(day);
    return Optional.ofNullable(holidays.get(day));
  }

  /**
   * Tells whether a day is a working day: not a Saturday, Sunday or holiday.
   *
   * @param day a day in a year the calendar covers
   * @return true on a working day
   * @throws CalendarCoverageException if the calendar does not cover the day's year
   */
  public boolean isWorkingDay(LocalDate day) {
    requireCovered(day);
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
  }

  /**
   * Moves a number of working days from a day: forwards for a positive count, backwards for a
   * negative one. The result is always a working day unless the count is zero.
   *
   * @param day the day to count from
   * @param workingDays how many working days to move
   * @return the day reached
   * @throws CalendarCoverageException if a day passed lies outside the years the calendar
   *     covers
   */
  public LocalDate plusWorkingDays(LocalDate day, long workingDays) {
    Objects.requireNonNull(day, "day");
    int step = workingDays < 0 ? -1 : 1;
    long remaining = Math.abs(workingDays);
    LocalDate current = day;
    while (remaining > 0) {
      current = current.plusDays(step);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  private void requireCovered(LocalDate day) {
    if (!covers(day)) {
      throw new CalendarCoverageException(name, firstYear, lastYear, day);
    }
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + name + ", " + firstYear + "-" + lastYear + ", "
        + holidays.size() + " holidays]";
  }

  /** Loads the shipped England and Wales data once, on first use. */
  private static final class EnglandAndWales {
    static final HolidayCalendar CALENDAR = load();

    private static HolidayCalendar load() {
      Map<LocalDate, String> holidays = new TreeMap<>();
      try (InputStream in = HolidayCalendar.class.getResourceAsStream(ENGLAND_AND_WALES_DATA)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + ENGLAND_AND_WALES_DATA);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\t", 2);
          holidays.put(LocalDate.parse(parts[0]), parts[1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + ENGLAND_AND_WALES_DATA, e);
      } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalStateException("Malformed line in " + ENGLAND_AND_WALES_DATA, e);
      }
      return of("England and Wales", 2015, 2030, holidays);
    }
  }
}
