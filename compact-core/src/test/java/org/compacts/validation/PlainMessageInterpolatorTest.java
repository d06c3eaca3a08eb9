package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

/** The messages of constraints handed to the provider, filled in without an expression language. */
class PlainMessageInterpolatorTest {
  static final class Named {
    @Size(min = 2, max = 5)
    private final String name;
    @Email
    private final String email;

    Named(String name, String email) {
      this.name = name;
      this.email = email;
    }
  }

  @Test
  void fillsTheBundleMessageWithTheConstraintsAttributes() {
    assertThat(ConstraintChecks.hibernate(new Named("abcdefg", "a@example.org")))
        .extracting(Violation::getMessage)
        .containsExactly("name size must be between 2 and 5.");
  }

  @Test
  void anUncommonAddressIsJudgedByTheProvider() {
    assertThat(ConstraintChecks.hibernate(new Named("abc", "\"a b\"@example.org"))).isEmpty();
    assertThat(ConstraintChecks.hibernate(new Named("abc", "a@@example.org")))
        .extracting(Violation::getCode).containsExactly("bad-email");
  }
}
