package org.compacts.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.compacts.model.Text;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta constraints of the model through one cached Hibernate Validator and turns
 * each constraint violation into a {@link Violation} with a stable code and a plain sentence.
 */
final class ConstraintChecks {
  private static final Validator VALIDATOR = buildValidator();

  private ConstraintChecks() {}

  private static Validator buildValidator() {
    // The parameter interpolator needs no expression language on the class path.
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    return factory.getValidator();
  }

  static <T> List<Violation> check(T value) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<T> cv : VALIDATOR.validate(value)) {
      violations.add(toViolation(cv));
    }
    return violations;
  }

  static Violation toViolation(ConstraintViolation<?> cv) {
    String path = path(cv.getPropertyPath());
    Annotation constraint = cv.getConstraintDescriptor().getAnnotation();
    Object value = cv.getInvalidValue();
    if (constraint instanceof Pattern && Text.NOT_BLANK.equals(((Pattern) constraint).regexp())
        || constraint instanceof NotBlank) {
      return Violation.of("blank-text", path, path + " is blank; it must hold text.");
    }
    if (constraint instanceof Pattern) {
      return Violation.of("bad-slug", path, "'" + value + "' at " + path
          + " is not a slug: an id is lower-case letters and digits in words joined by single"
          + " hyphens, such as 'stage-two'.");
    }
    if (constraint instanceof NotEmpty) {
      return Violation.of("empty", path, path + " is empty; it must hold at least one value.");
    }
    if (constraint instanceof Positive) {
      return Violation.of("not-positive", path,
          path + " is " + value + "; it must be greater than zero.");
    }
    if (constraint instanceof Min) {
      return Violation.of("out-of-range", path, path + " is " + value + "; it must be at least "
          + ((Min) constraint).value() + ".");
    }
    if (constraint instanceof Max) {
      return Violation.of("out-of-range", path, path + " is " + value + "; it must be at most "
          + ((Max) constraint).value() + ".");
    }
    if (constraint instanceof Email) {
      return Violation.of("bad-email", path,
          "'" + value + "' at " + path + " is not an email address.");
    }
    return Violation.of("constraint", path, path + " " + cv.getMessage() + ".");
  }

  /** Writes a Jakarta property path as {@code undertakings[3].codesOfPractice[0]}. */
  static String path(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }
}
