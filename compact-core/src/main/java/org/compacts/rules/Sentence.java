package org.compacts.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * Builds a finding's reason cheaply: one buffer, ISO dates written digit by digit, enum values
 * as their kebab-case JSON names, spans as "3 months" or "20 working days".
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

  private final StringBuilder text = new StringBuilder(160);

  private Sentence() {}

  static Sentence start(String words) {
    Sentence s = new Sentence();
    s.text.append(words);
    return s;
  }

  Sentence text(String words) {
    text.append(words);
    return this;
  }

  Sentence number(int n) {
    text.append(n);
    return this;
  }

  /** Appends a day as ISO {@code yyyy-MM-dd}. */
  Sentence date(LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      text.append(day);
      return this;
    }
    text.append(year).append('-');
    int month = day.getMonthValue();
    if (month < 10) {
      text.append('0');
    }
    text.append(month).append('-');
    int dayOfMonth = day.getDayOfMonth();
    if (dayOfMonth < 10) {
      text.append('0');
    }
    text.append(dayOfMonth);
    return this;
  }

  /** Appends a span such as "3 months" or "1 working day". */
  Sentence span(TimeSpan span) {
    int amount = span.getAmount();
    int unit = span.getUnit().ordinal();
    text.append(amount).append(' ').append(amount == 1 ? SINGULAR[unit] : PLURAL[unit]);
    return this;
  }

  /** Appends an enum value's JSON name, such as {@code voluntary-community}. */
  Sentence label(Enum<?> value) {
    text.append(label0(value));
    return this;
  }

  /** Appends a set of enum values as "a, b or c". */
  Sentence either(Set<? extends Enum<?>> values) {
    int i = 0;
    int n = values.size();
    for (Enum<?> value : values) {
      if (i > 0) {
        text.append(i == n - 1 ? " or " : ", ");
      }
      text.append(label0(value));
      i++;
    }
    return this;
  }

  /** Ends the sentence with a full stop. */
  String end() {
    return text.append('.').toString();
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
