package org.compacts.readme;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The README's "Validating with your own Validator" example, without an expression language. */
class ValidatorReadmeExampleTest {
  private final Compact compact = Compact.builder()
      .id("exampleshire-compact").title("Exampleshire Compact").kind(CompactKind.COMPACT)
      .area("Exampleshire").status(CompactStatus.ADOPTED)
      .build();

  @Test
  void aValidatorWithTheParameterInterpolatorSeesTheModelsConstraints() {
    Validator validator = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    Set<ConstraintViolation<Compact>> violations = validator.validate(compact);
    assertThat(violations).isEmpty();

    assertThat(validator.validate(compact.withId("Not A Slug")))
        .extracting(v -> v.getPropertyPath().toString()).containsExactly("id");
  }
}
