package org.compacts.rules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * Builds a finding's reason cheaply: one byte buffer (the sentences are Latin-1 but for what a
 * caller names, such as an activity), ISO dates written digit by digit, enum values as their
 * kebab-case JSON names, spans as "3 months" or "20 working days".
 */
final class Sentence {
  private static final ClassValue<String[]> LABELS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] labels = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        labels[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return labels;
    }
  };
  private static final String[] SINGULAR = unitWords(false);
  private static final String[] PLURAL = unitWords(true);

  /** The sentence so far, one byte per character while every character is Latin-1. */
  private byte[] bytes = new byte[128];
  private int length;
  /** Takes over when a character beyond Latin-1 turns up, such as in an activity name. */
  private StringBuilder wide;

  private Sentence() {}

  static Sentence start(String words) {
    return new Sentence().text(words);
  }

  Sentence text(String words) {
    if (wide != null) {
      wide.append(words);
      return this;
    }
    int n = words.length();
    ensure(n);
    byte[] b = bytes;
    int at = length;
    for (int i = 0; i < n; i++) {
      char c = words.charAt(i);
      if (c > 0xFF) {
        length = at;
        widen().append(words, i, n);
        return this;
      }
      b[at++] = (byte) c;
    }
    length = at;
    return this;
  }

  Sentence number(int n) {
    return text(Integer.toString(n));
  }

  /** Appends a day as ISO {@code yyyy-MM-dd}. */
  Sentence date(LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999 || wide != null) {
      return text(day.toString());
    }
    ensure(10);
    byte[] b = bytes;
    int at = length;
    int month = day.getMonthValue();
    int dayOfMonth = day.getDayOfMonth();
    b[at] = (byte) ('0' + year / 1000);
    b[at + 1] = (byte) ('0' + year / 100 % 10);
    b[at + 2] = (byte) ('0' + year / 10 % 10);
    b[at + 3] = (byte) ('0' + year % 10);
    b[at + 4] = '-';
    b[at + 5] = (byte) ('0' + month / 10);
    b[at + 6] = (byte) ('0' + month % 10);
    b[at + 7] = '-';
    b[at + 8] = (byte) ('0' + dayOfMonth / 10);
    b[at + 9] = (byte) ('0' + dayOfMonth % 10);
    length = at + 10;
    return this;
  }

  /** Appends a span such as "3 months" or "1 working day". */
  Sentence span(TimeSpan span) {
    int amount = span.getAmount();
    int unit = span.getUnit().ordinal();
    return number(amount).text(" ").text(amount == 1 ? SINGULAR[unit] : PLURAL[unit]);
  }

  /** Appends an enum value's JSON name, such as {@code voluntary-community}. */
  Sentence label(Enum<?> value) {
    return text(label0(value));
  }

  /** Appends a set of enum values as "a, b or c". */
  Sentence either(Set<? extends Enum<?>> values) {
    int i = 0;
    int n = values.size();
    for (Enum<?> value : values) {
      if (i > 0) {
        text(i == n - 1 ? " or " : ", ");
      }
      text(label0(value));
      i++;
    }
    return this;
  }

  /** Ends the sentence with a full stop. */
  String end() {
    if (wide != null) {
      return wide.append('.').toString();
    }
    ensure(1);
    bytes[length++] = '.';
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  private StringBuilder widen() {
    wide = new StringBuilder(length + 64).append(new String(bytes, 0, length,
        StandardCharsets.ISO_8859_1));
    return wide;
  }

  static String label0(Enum<?> value) {
    return LABELS.get(value.getDeclaringClass())[value.ordinal()];
  }

  private static String[] unitWords(boolean plural) {
    TimeSpanUnit[] units = TimeSpanUnit.values();
    String[] words = new String[units.length];
    for (TimeSpanUnit unit : units) {
      String word = unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      words[unit.ordinal()] = plural ? word : word.substring(0, word.length() - 1);
    }
    return words;
  }
}
