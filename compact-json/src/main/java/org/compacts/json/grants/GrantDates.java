package org.compacts.json.grants;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The dates of published grants data: ISO dates ({@code 2015-07-01}), date-times whose
 * calendar date as written is taken ({@code 2015-07-01T00:00:00+00:00} is 1 July 2015, whatever
 * the offset), and {@code DD/MM/YYYY} ({@code 30/09/2013}), which the standard does not allow
 * but real files use.
 */
final class GrantDates {
  /** How a date was written. */
  enum Form {
    ISO,
    DAY_MONTH_YEAR
  }

  /** A date read, and how it was written. */
  static final class Parsed {
    final LocalDate date;
    final Form form;

    Parsed(LocalDate date, Form form) {
      this.date = date;
      this.form = form;
    }
  }

  private GrantDates() {}

  /**
   * Reads a date.
   *
   * @param text the text, stripped, not empty
   * @return the date
   * @throws IllegalArgumentException with a sentence, when the text is no date of these forms
   *     or names a day that does not exist
   */
  static Parsed parse(String text) {
    int length = text.length();
    if (length >= 10 && isIsoDate(text)) {
      if (length > 10 && !isTimeOfDay(text, 10)) {
        throw notADate(text);
      }
      return new Parsed(day(text, num(text, 0, 4), num(text, 5, 7), num(text, 8, 10)), Form.ISO);
    }
    int first = text.indexOf('/');
    int second = first < 0 ? -1 : text.indexOf('/', first + 1);
    if ((first == 1 || first == 2) && (second == first + 2 || second == first + 3)
        && length == second + 5 && digits(text, 0, first) && digits(text, first + 1, second)
        && digits(text, second + 1, length)) {
      return new Parsed(day(text, num(text, second + 1, length), num(text, first + 1, second),
          num(text, 0, first)), Form.DAY_MONTH_YEAR);
    }
    throw notADate(text);
  }

  private static IllegalArgumentException notADate(String text) {
    return new IllegalArgumentException("'" + text + "' is not a date (yyyy-MM-dd, a date-time"
        + " such as 2015-07-01T00:00:00+00:00, or DD/MM/YYYY)");
  }

  private static LocalDate day(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' names a day that does not exist ("
          + e.getMessage() + ")", e);
    }
  }

  private static boolean isIsoDate(String text) {
    return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
        && text.charAt(7) == '-' && digits(text, 8, 10);
  }

  /**
   * Tells whether {@code text} from {@code at} is {@code Thh:mm}, optionally {@code :ss} and a
   * fraction, then optionally {@code Z} or an offset {@code +hh:mm}, {@code +hhmm}, {@code +hh}.
   */
  private static boolean isTimeOfDay(String text, int at) {
    int length = text.length();
    if (length < at + 6 || text.charAt(at) != 'T' || !digits(text, at + 1, at + 3)
        || text.charAt(at + 3) != ':' || !digits(text, at + 4, at + 6)) {
      return false;
    }
    int i = at + 6;
    if (i + 3 <= length && text.charAt(i) == ':' && digits(text, i + 1, i + 3)) {
      i += 3;
      if (i < length && text.charAt(i) == '.') {
        int start = ++i;
        while (i < length && isDigit(text.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
    }
    if (i == length) {
      return true;
    }
    char zone = text.charAt(i);
    if (zone == 'Z') {
      return i + 1 == length;
    }
    if (zone != '+' && zone != '-') {
      return false;
    }
    String offset = text.substring(i + 1);
    return offset.length() == 2 && digits(offset, 0, 2)
        || offset.length() == 4 && digits(offset, 0, 4)
        || offset.length() == 5 && digits(offset, 0, 2) && offset.charAt(2) == ':'
            && digits(offset, 3, 5);
  }

  private static boolean digits(String text, int from, int to) {
    if (from >= to || to > text.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
