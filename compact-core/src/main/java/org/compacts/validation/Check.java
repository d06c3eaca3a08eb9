package org.compacts.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Slug;
import org.compacts.model.Text;

/**
 * One built-in Jakarta constraint, compiled once and tested here with the meaning Hibernate
 * Validator gives it: {@code @NotBlank}, {@code @NotEmpty}, {@code @Pattern}, {@code @Email},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Min} and {@code @Max} on the value types the model uses.
 */
final class Check {
  private enum Kind {
    NOT_BLANK, NOT_EMPTY, PATTERN, SLUG, HAS_TEXT, EMAIL, POSITIVE, MIN, MAX, NOT_NEGATIVE
  }

  /** The longest domain of an address this class accepts on its own (Hibernate's is 255). */
  private static final int MAX_DOMAIN = 253;

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
    if (constraint instanceof Email && text && ((Email) constraint).regexp().equals(".*")
        && ((Email) constraint).flags().length == 0) {
      return Optional.of(new Check(constraint, Kind.EMAIL, null, 0));
    }
    if (constraint instanceof Positive && integral) {
      return Optional.of(new Check(constraint, Kind.POSITIVE, null, 0));
    }
    if (constraint instanceof PositiveOrZero && (integral || type == BigDecimal.class)) {
      return Optional.of(new Check(constraint, Kind.NOT_NEGATIVE, null, 0));
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
      case EMAIL:
        return value == null || isEmail(value.toString());
      case POSITIVE:
        return value == null || ((Number) value).longValue() > 0;
      case NOT_NEGATIVE:
        return value == null || (value instanceof BigDecimal ? ((BigDecimal) value).signum() >= 0
            : ((Number) value).longValue() >= 0);
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

  /**
   * What a plain {@code @Email} accepts. An address of the common form (ASCII atoms joined by
   * dots, an {@code @}, and host-name labels of letters, digits and inner hyphens) is accepted
   * here; Hibernate Validator accepts every such address. Any other string is put to Hibernate
   * Validator itself.
   */
  static boolean isEmail(String s) {
    return s.isEmpty() || isCommonEmail(s) || Hibernate.acceptsEmail(s);
  }

  /** An address of the common form, which every reading of {@code @Email} accepts. */
  static boolean isCommonEmail(String s) {
    int at = s.indexOf('@');
    int n = s.length();
    if (at < 1 || at > 64 || n - at - 1 > MAX_DOMAIN || n - at - 1 < 1) {
      return false;
    }
    char previous = '.';
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.' ? previous == '.' : !isAtomChar(c)) {
        return false;
      }
      previous = c;
    }
    if (previous == '.') {
      return false;
    }
    int label = 0;
    previous = '.';
    for (int i = at + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (previous == '.' || previous == '-') {
          return false;
        }
        label = 0;
      } else if (c == '-' ? previous == '.' : !isLetterOrDigit(c)) {
        return false;
      } else if (++label > 63 || label == 4 && s.regionMatches(true, i - 3, "xn--", 0, 4)) {
        return false;
      }
      previous = c;
    }
    return previous != '.' && previous != '-';
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean isAtomChar(char c) {
    return isLetterOrDigit(c) || c < 0x80 && "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /** Hibernate Validator's own reading of a plain {@code @Email}, for the uncommon strings. */
  private static final class Hibernate {
    @Email
    private final String value;

    private Hibernate(String value) {
      this.value = value;
    }

    static boolean acceptsEmail(String s) {
      return ConstraintChecks.hibernate(new Hibernate(s)).isEmpty();
    }
  }
}
