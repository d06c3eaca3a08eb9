package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Email;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compacts.model.Slug;
import org.compacts.model.Text;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written matchers of the model's two patterns match what the patterns match, the
 * blank test agrees with {@code trim()}, by which Hibernate Validator defines {@code @NotBlank},
 * and the email test with Hibernate Validator's {@code @Email}.
 */
class CheckPropertiesTest {
  /** Characters on both sides of every boundary the patterns draw. */
  private static final List<Character> CHARACTERS = List.of('a', 'z', 'm', '0', '9', '-', 'A',
      'Z', '_', ' ', '\u0001', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'é', '\uD83D',
      '\uDE00', '`', '{', '/', ':');

  private static String text(Gen gen) {
    return joined(gen, CHARACTERS);
  }

  /** Up to eight of the parts, picked one after another. */
  private static String joined(Gen gen, List<?> parts) {
    StringBuilder out = new StringBuilder();
    for (int i = gen.between(0, 8); i > 0; i--) {
      out.append(gen.pick(parts));
    }
    return out.toString();
  }

  /** A hand-written matcher matches what its regular expression matches. */
  private static Stream<DynamicTest> agreesWith(String name, String regex,
      Predicate<String> matcher) {
    Pattern pattern = Pattern.compile(regex);
    return Property.forAll(name + " agrees with " + regex, gen -> {
      String s = text(gen);
      assertThat(matcher.test(s)).as("'%s'", s).isEqualTo(pattern.matcher(s).matches());
    });
  }

  @TestFactory
  Stream<DynamicTest> isSlugMatchesTheSlugPattern() {
    return agreesWith("isSlug", Slug.REGEX, Check::isSlug);
  }

  @TestFactory
  Stream<DynamicTest> notBlankAgreesWithTrim() {
    return Property.forAll("notBlank agrees with trim(), as @NotBlank is defined", gen -> {
      String s = text(gen);
      assertThat(Check.notBlank(s)).as("'%s'", s).isEqualTo(!s.trim().isEmpty());
    });
  }

  @TestFactory
  Stream<DynamicTest> hasTextMatchesTheNotBlankPattern() {
    return agreesWith("hasText", Text.NOT_BLANK, Check::hasText);
  }

  /** Characters on both sides of every boundary an email address has. */
  private static final List<String> EMAIL_PARTS = List.of("a", "Z", "0", "-", ".", "@", "_",
      "+", "!", "~", "\"", "\\", " ", "[", "]", ":", "(", "é", "\u00A0", "xn--", "..", "-.",
      ".-", "@@", "[1.2.3.4]", "a".repeat(63), "b".repeat(64));

  /** A holder whose one field Hibernate Validator checks with its own {@code @Email}. */
  private static final class Mail {
    @Email
    private final String value;

    Mail(String value) {
      this.value = value;
    }
  }

  private static boolean hibernateAccepts(String s) {
    return ConstraintChecks.hibernate(new Mail(s)).isEmpty();
  }

  /** An address near the common form: words, dots, hyphens, an at sign, long labels. */
  private static String address(Gen gen) {
    StringBuilder out = new StringBuilder();
    for (int i = gen.between(1, 3); i > 0; i--) {
      out.append(i > 1 || gen.chance(0.3) ? gen.word() + "." : gen.word());
    }
    out.append('@');
    for (int i = gen.between(1, 4); i > 0; i--) {
      out.append(gen.chance(0.1) ? gen.pick(EMAIL_PARTS) : gen.word());
      if (i > 1) {
        out.append(gen.chance(0.9) ? "." : "-");
      }
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> isEmailAgreesWithHibernateValidator() {
    return Property.forAll("isEmail agrees with Hibernate Validator's @Email", gen -> {
      String s = gen.bool() ? address(gen) : joined(gen, EMAIL_PARTS);
      boolean accepted = hibernateAccepts(s);
      assertThat(Check.isEmail(s)).as("'%s'", s).isEqualTo(accepted);
      if (Check.isCommonEmail(s)) {
        assertThat(accepted).as("'%s' is of the common form", s).isTrue();
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> commonAddressesAreDecidedWithoutHibernateValidator() {
    return Property.forAll("an address of slugs, dots and one at sign is of the common form",
        gen -> {
          String s = gen.slug() + (gen.bool() ? "." + gen.slug() : "") + "@" + gen.slug() + "."
              + gen.slug() + (gen.bool() ? "." + gen.slug() : "");
          assertThat(Check.isCommonEmail(s)).as("'%s'", s).isTrue();
          assertThat(hibernateAccepts(s)).as("'%s'", s).isTrue();
        });
  }
}
