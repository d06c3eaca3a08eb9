package org.compacts.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.compacts.time.HolidayCalendar;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GOV.UK bank holidays file with the streaming parser, so that each problem is
 * located where its token stands; goes on after a problem to report every one.
 */
final class BankHolidaysReader {
  private static final JsonMapper MAPPER = JsonMapper.builder(Mappers.factory()).build();
  private static final String KNOWN = BankHolidays.quoted(
      new TreeSet<>(BankHolidays.DIVISIONS.keySet()));

  private final Source source;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Map<String, HolidayCalendar> calendars = new LinkedHashMap<>();
  private JsonParser p;
  private String pointer = "";

  private BankHolidaysReader(Source source) {
    this.source = source;
  }

  static BankHolidays read(Source source) {
    BankHolidaysReader reader = new BankHolidaysReader(source);
    reader.readAll();
    if (!reader.problems.isEmpty()) {
      reader.problems.sort(Comparator.comparingInt(JsonProblem::getLine)
          .thenComparingInt(JsonProblem::getColumn));
      throw new CompactJsonException(reader.problems);
    }
    return new BankHolidays(reader.calendars);
  }

  private void readAll() {
    try (JsonParser parser = source.parser(MAPPER)) {
      p = parser;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problem("wrong-type", "A bank holidays file is a JSON object with one member per"
            + " division, but this is " + Texts.describe(p.currentToken()) + ".");
        return;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        pointer = "/" + Texts.escapePointer(name);
        String label = BankHolidays.DIVISIONS.get(name);
        if (label == null) {
          problem("unknown-division", "'" + Texts.clip(name) + "' is not a division of the"
              + " bank holidays file; the divisions are " + KNOWN + ".");
          p.nextToken();
          p.skipChildren();
          continue;
        }
        p.nextToken();
        division(name, label);
      }
      if (calendars.isEmpty() && problems.isEmpty()) {
        pointer = "";
        problem("no-divisions", "The bank holidays file holds no division; expected "
            + KNOWN + ".");
      }
      if (p.nextToken() != null) {
        pointer = "";
        problem("trailing-content", "The file goes on after its object ends.");
      }
    } catch (JacksonException e) {
      for (Problems.Found found : Problems.of(e, () -> pointer)) {
        int[] at = source.position(found.at != null ? found.at : e.getLocation());
        problems.add(JsonProblem.of(found.code, found.pointer, at[0], at[1], found.message));
      }
    }
  }

  /** Reads one division's object, its parser on the object's start. */
  private void division(String name, String label) {
    String at = pointer;
    if (!expect(JsonToken.START_OBJECT, "an object with \"division\" and \"events\"")) {
      return;
    }
    int[] start = source.position(p.currentTokenLocation());
    boolean named = false;
    Map<LocalDate, String> holidays = null;
    int[] eventsAt = null;
    int badEvents = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      pointer = at + "/" + Texts.escapePointer(field);
      p.nextToken();
      if (field.equals("division")) {
        named = true;
        if (expect(JsonToken.VALUE_STRING, "the division's name") && !p.getString().equals(name)) {
          problem("division-mismatch", "The division '" + Texts.clip(p.getString())
              + "' is filed under '" + name + "'; the two must be the same.");
        }
      } else if (field.equals("events")) {
        int before = problems.size();
        eventsAt = source.position(p.currentTokenLocation());
        holidays = events(label);
        badEvents = problems.size() - before;
      } else {
        p.skipChildren();
      }
    }
    if (!named) {
      problems.add(JsonProblem.of("missing-field", at, start[0], start[1], "The division '"
          + name + "' has no \"division\" field naming it."));
    }
    if (holidays == null) {
      if (badEvents == 0) {
        problems.add(JsonProblem.of("missing-field", at, start[0], start[1], "The division '"
            + name + "' has no \"events\"."));
      }
      return;
    }
    if (badEvents == 0) {
      calendar(name, label, holidays, at + "/events", eventsAt);
    }
  }

  /** Reads the events array; returns the holidays by date, or null if it is not an array. */
  private Map<LocalDate, String> events(String label) {
    String at = pointer;
    if (!expect(JsonToken.START_ARRAY, "an array of events")) {
      return null;
    }
    int[] start = source.position(p.currentTokenLocation());
    Map<LocalDate, String> holidays = new TreeMap<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      pointer = at + "/" + index++;
      event(holidays);
    }
    if (holidays.isEmpty() && index == 0) {
      problems.add(JsonProblem.of("no-events", at, start[0], start[1], "The events of "
          + label + " are empty; a calendar needs its holidays."));
    }
    return holidays;
  }

  /** Reads one event object into the holidays. */
  private void event(Map<LocalDate, String> holidays) {
    String at = pointer;
    if (!expect(JsonToken.START_OBJECT, "an event object with \"title\" and \"date\"")) {
      return;
    }
    int[] start = source.position(p.currentTokenLocation());
    String title = null;
    String notes = "";
    LocalDate date = null;
    int[] dateAt = null;
    boolean bad = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      pointer = at + "/" + Texts.escapePointer(field);
      p.nextToken();
      switch (field) {
        case "title":
          if (expect(JsonToken.VALUE_STRING, "the holiday's name")) {
            title = p.getString();
            if (title.isBlank()) {
              problem("blank-text", "The title of a holiday must not be blank.");
              bad = true;
            }
          } else {
            bad = true;
          }
          break;
        case "date":
          dateAt = source.position(p.currentTokenLocation());
          if (expect(JsonToken.VALUE_STRING, "a date, yyyy-MM-dd")) {
            date = date(p.getString());
          }
          bad |= date == null;
          break;
        case "notes":
          if (expect(JsonToken.VALUE_STRING, "text, such as \"Substitute day\"")) {
            notes = p.getString();
          }
          break;
        case "bunting":
          if (p.currentToken() != JsonToken.VALUE_TRUE
              && p.currentToken() != JsonToken.VALUE_FALSE) {
            expect(JsonToken.VALUE_TRUE, "true or false");
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (title == null && !bad) {
      problems.add(JsonProblem.of("missing-field", at, start[0], start[1],
          "This event has no \"title\"."));
    }
    if (dateAt == null) {
      problems.add(JsonProblem.of("missing-field", at, start[0], start[1],
          "This event has no \"date\"."));
    }
    if (date == null || title == null) {
      return;
    }
    String name = notes.isBlank() ? title : title + " (" + notes + ")";
    String earlier = holidays.putIfAbsent(date, name);
    if (earlier != null) {
      problems.add(JsonProblem.of("duplicate-date", at + "/date", dateAt[0], dateAt[1],
          "The date " + date + " is given twice in this division, for '" + Texts.clip(earlier)
              + "' and '" + Texts.clip(title) + "'."));
    }
  }

  private LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem("bad-date", "'" + Texts.clip(text) + "' is not a date in the form yyyy-MM-dd.");
      return null;
    }
  }

  /** Makes the division's calendar, covering the years from its first holiday to its last. */
  private void calendar(String name, String label, Map<LocalDate, String> holidays,
      String at, int[] eventsAt) {
    if (holidays.isEmpty()) {
      return;
    }
    TreeMap<LocalDate, String> sorted = (TreeMap<LocalDate, String>) holidays;
    int first = sorted.firstKey().getYear();
    int last = sorted.lastKey().getYear();
    TreeSet<Integer> years = new TreeSet<>();
    sorted.keySet().forEach(d -> years.add(d.getYear()));
    for (int year = first; year <= last; year++) {
      if (!years.contains(year)) {
        problems.add(JsonProblem.of("missing-year", at, eventsAt[0], eventsAt[1], "The events"
            + " of " + label + " hold no holiday in " + year + ", between " + first + " and "
            + last + "; the calendar must cover whole years."));
        return;
      }
    }
    calendars.put(name, HolidayCalendar.of(label, first, last, holidays));
  }

  /**
   * Checks the current token; on another, records a problem, skips the value and returns
   * false.
   */
  private boolean expect(JsonToken token, String what) {
    if (p.currentToken() == token) {
      return true;
    }
    problem("wrong-type", "Expected " + what + ", but found "
        + Texts.describe(p.currentToken()) + ".");
    p.skipChildren();
    return false;
  }

  private void problem(String code, String message) {
    int[] at = source.position(p.currentTokenLocation());
    problems.add(JsonProblem.of(code, pointer, at[0], at[1], message));
  }
}
