package org.compacts.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Slug;
import org.compacts.model.Text;

/**
 * One built-in Jakarta constraint, compiled once and tested here with the meaning Hibernate
 * Validator gives it: {@code @NotBlank}, {@code @NotEmpty}, {@code @Pattern}, {@code @Positive},
 * {@code @Min} and {@code @Max} on the value types the model uses.
 */
final class Check {
  private enum Kind { NOT_BLANK, NOT_EMPTY, PATTERN, SLUG, HAS_TEXT, POSITIVE, MIN, MAX }

  private static final Set<Class<?>> INTEGRAL = Set.of(int.class, Integer.class, long.class,
      Long.class, short.class, Short.class, byte.class, Byte.class);

  private final Annotation constraint;
  private final Kind kind;
  private final java.util.regex.Pattern regex;
  private final long bound;

  private Check(Annotation constraint, Kind kind, java.util.regex.Pattern regex, long bound) {
    this.constraint = constraint;
    this.kind = kind;
    this.regex = regex;
    this.bound = bound;
  }

  /**
   * The check of a constraint on values of a type, or empty when this class does not know the
   * constraint or its meaning for that type (Hibernate Validator then checks the bean).
   */
  static Optional<Check> of(Annotation constraint, Class<?> type) {
    boolean text = CharSequence.class.isAssignableFrom(type);
    boolean integral = INTEGRAL.contains(type);
    if (constraint instanceof NotBlank && text) {
      return Optional.of(new Check(constraint, Kind.NOT_BLANK, null, 0));
    }
    if (constraint instanceof NotEmpty && (text || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type))) {
      return Optional.of(new Check(constraint, Kind.NOT_EMPTY, null, 0));
    }
    if (constraint instanceof Pattern && text) {
      Pattern pattern = (Pattern) constraint;
      if (pattern.flags().length == 0 && pattern.regexp().equals(Slug.REGEX)) {
        return Optional.of(new Check(constraint, Kind.SLUG, null, 0));
      }
      if (pattern.flags().length == 0 && pattern.regexp().equals(Text.NOT_BLANK)) {
        return Optional.of(new Check(constraint, Kind.HAS_TEXT, null, 0));
      }
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      return Optional.of(new Check(constraint, Kind.PATTERN,
          java.util.regex.Pattern.compile(pattern.regexp(), flags), 0));
    }
    if (constraint instanceof Positive && integral) {
      return Optional.of(new Check(constraint, Kind.POSITIVE, null, 0));
    }
    if (constraint instanceof Min && integral) {
      return Optional.of(new Check(constraint, Kind.MIN, null, ((Min) constraint).value()));
    }
    if (constraint instanceof Max && integral) {
      return Optional.of(new Check(constraint, Kind.MAX, null, ((Max) constraint).value()));
    }
    return Optional.empty();
  }

  /** The annotation this check stands for. */
  Annotation constraint() {
    return constraint;
  }

  /** Tells whether a value, possibly null, meets the constraint. */
  boolean test(Object value) {
    switch (kind) {
      case NOT_BLANK:
        return value != null && notBlank(value.toString());
      case NOT_EMPTY:
        return value != null && !(value instanceof CharSequence
            ? ((CharSequence) value).length() == 0
            : value instanceof Collection ? ((Collection<?>) value).isEmpty()
            : ((Map<?, ?>) value).isEmpty());
      case PATTERN:
        return value == null || regex.matcher((CharSequence) value).matches();
      case SLUG:
        return value == null || isSlug(value.toString());
      case HAS_TEXT:
        return value == null || hasText(value.toString());
      case POSITIVE:
        return value == null || ((Number) value).longValue() > 0;
      case MIN:
        return value == null || ((Number) value).longValue() >= bound;
      case MAX:
        return value == null || ((Number) value).longValue() <= bound;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * What {@code @NotBlank} accepts: a string that {@code trim()} would not empty, that is, with
   * a character above U+0020.
   */
  static boolean notBlank(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) > ' ') {
        return true;
      }
    }
    return false;
  }

  /** What {@link Slug#REGEX} matches: words of {@code [a-z0-9]} joined by single hyphens. */
  static boolean isSlug(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && previous != '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * What {@link Text#NOT_BLANK} matches: some character that is not one of the regular
   * expression white space {@code [ \t\n\x0B\f\r]}.
   */
  static boolean hasText(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
