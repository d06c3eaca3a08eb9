package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compacts.model.Slug;
import org.compacts.model.Text;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written matchers of the model's two patterns match what the patterns match, and the
 * blank test agrees with {@code trim()}, by which Hibernate Validator defines {@code @NotBlank}.
 */
class CheckPropertiesTest {
  /** Characters on both sides of every boundary the patterns draw. */
  private static final List<Character> CHARACTERS = List.of('a', 'z', 'm', '0', '9', '-', 'A',
      'Z', '_', ' ', '\u0001', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'é', '\uD83D',
      '\uDE00', '`', '{', '/', ':');

  private static String text(Gen gen) {
    StringBuilder out = new StringBuilder();
    for (int i = gen.between(0, 8); i > 0; i--) {
      out.append(gen.pick(CHARACTERS));
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> isSlugMatchesTheSlugPattern() {
    Pattern slug = Pattern.compile(Slug.REGEX);
    return Property.forAll("isSlug agrees with " + Slug.REGEX, gen -> {
      String s = text(gen);
      boolean matches = slug.matcher(s).matches();
      assertThat(Check.isSlug(s)).as("'%s'", s).isEqualTo(matches);
    });
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
    Pattern notBlank = Pattern.compile(Text.NOT_BLANK);
    return Property.forAll("hasText agrees with " + Text.NOT_BLANK, gen -> {
      String s = text(gen);
      boolean matches = notBlank.matcher(s).matches();
      assertThat(Check.hasText(s)).as("'%s'", s).isEqualTo(matches);
    });
  }
}
