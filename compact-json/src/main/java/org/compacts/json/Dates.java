package org.compacts.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Dates are ISO strings and nothing else: {@code "2025-03-31"} for a day, {@code "2019-09"} for a
 * month. A date-time, a number, an array or a day that does not exist ({@code 2025-02-30}) is an
 * error, never coerced.
 */
final class Dates {
  private Dates() {}

  /** Reads {@code yyyy-MM-dd}. */
  static final class DayDeserializer extends StdScalarDeserializer<LocalDate> {
    DayDeserializer() {
      super(LocalDate.class);
    }

    /**
     * Reads a well-formed, real day straight from the parser's characters; anything else goes
     * the long way, which says what is wrong.
     */
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getStringLength() == 10) {
        char[] c = p.getStringCharacters();
        int at = p.getStringOffset();
        int year = number(c, at, 4);
        int month = number(c, at + 5, 2);
        int day = number(c, at + 8, 2);
        if (year >= 0 && c[at + 4] == '-' && month >= 1 && month <= 12 && c[at + 7] == '-'
            && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
          return LocalDate.of(year, month, day);
        }
      }
      return refuse(p);
    }

    private static LocalDate refuse(JsonParser p) {
      String text = text(p, LocalDate.class, "a date such as \"2025-03-31\"");
      if (text.length() != 10 || !digits(text, 0, 4) || text.charAt(4) != '-'
          || !digits(text, 5, 7) || text.charAt(7) != '-' || !digits(text, 8, 10)) {
        throw InputProblem.of(p, LocalDate.class, "bad-date", "'" + Texts.clip(text)
            + "' is not a date; a date is written yyyy-MM-dd, such as \"2025-03-31\".");
      }
      int year = Integer.parseInt(text.substring(0, 4));
      int month = Integer.parseInt(text.substring(5, 7));
      int day = Integer.parseInt(text.substring(8, 10));
      checkMonth(p, LocalDate.class, text, month);
      int length = Month.of(month).length(Year.isLeap(year));
      if (day < 1 || day > length) {
        throw InputProblem.of(p, LocalDate.class, "bad-date", "'" + text
            + "' is not a real day: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK)
            + " " + year + " has days 1 to " + length + ".");
      }
      return LocalDate.of(year, month, day);
    }
  }

  /** Reads {@code yyyy-MM}. */
  static final class MonthDeserializer extends StdScalarDeserializer<YearMonth> {
    MonthDeserializer() {
      super(YearMonth.class);
    }

    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = text(p, YearMonth.class, "a month such as \"2019-09\"");
      if (text.length() != 7 || !digits(text, 0, 4) || text.charAt(4) != '-'
          || !digits(text, 5, 7)) {
        throw InputProblem.of(p, YearMonth.class, "bad-date", "'" + Texts.clip(text)
            + "' is not a month; a month is written yyyy-MM, such as \"2019-09\".");
      }
      int month = Integer.parseInt(text.substring(5, 7));
      checkMonth(p, YearMonth.class, text, month);
      return YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
    }
  }

  /** Writes a day or a month as its ISO string. */
  static final class IsoSerializer extends StdScalarSerializer<Object> {
    IsoSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  private static String text(JsonParser p, Class<?> type, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw InputProblem.of(p, type, "wrong-type", "Expected " + what + ", but found "
          + Texts.describe(p.currentToken()) + ".");
    }
    return p.getString();
  }

  private static void checkMonth(JsonParser p, Class<?> type, String text, int month) {
    if (month < 1 || month > 12) {
      throw InputProblem.of(p, type, "bad-date", "'" + text + "' is not a real date: there is"
          + " no month " + month + ".");
    }
  }

  /** The number that {@code length} ASCII digits of {@code c} from {@code at} write, or -1. */
  private static int number(char[] c, int at, int length) {
    int n = 0;
    for (int i = at; i < at + length; i++) {
      if (c[i] < '0' || c[i] > '9') {
        return -1;
      }
      n = n * 10 + c[i] - '0';
    }
    return n;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
