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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.compacts.model.Text;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Jakarta constraints of the model: walks a value's properties by the
 * {@link BeanPlan} of each class, tests each built-in constraint with its {@link Check}, and
 * turns each failure into a {@link Violation} with a stable code and a plain sentence. The walk
 * builds no path until a constraint fails. Beans of a class whose plan is delegated are checked
 * by one cached Hibernate Validator, whose violations are turned into the same form. Either way
 * the answer is the one a plain Hibernate Validator gives, except that a value reached by two
 * paths is checked at both.
 */
final class ConstraintChecks {
  /**
   * The validator that checks delegated beans, bootstrapped when one is first checked: the
   * model's own constraints never need it, and its bootstrap costs a command-line run more
   * than the rest of the validation.
   */
  private static final class Delegate {
    static final Validator VALIDATOR = buildValidator();
  }

  private final List<Violation> violations = new ArrayList<>();

  // Where the walk stands: a stack of property names, each with the index of the element it
  // is in (or -1). Written out only when a constraint fails.
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  private ConstraintChecks() {}

  private static Validator buildValidator() {
    // The parameter interpolator needs no expression language on the class path.
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    return factory.getValidator();
  }

  /** Every violation of the value's constraints, in no particular order. */
  static List<Violation> check(Object value) {
    ConstraintChecks checks = new ConstraintChecks();
    checks.bean(value);
    return checks.violations;
  }

  /** Every violation Hibernate Validator finds on its own, in no particular order. */
  static List<Violation> hibernate(Object value) {
    ConstraintChecks checks = new ConstraintChecks();
    checks.delegate(value);
    return checks.violations;
  }

  private void enter(String name) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = -1;
  }

  /** The path where the walk stands, such as {@code undertakings[3].codesOfPractice[0]}. */
  private String path() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(names[i]);
      if (indexes[i] >= 0) {
        out.append('[').append(indexes[i]).append(']');
      }
    }
    return out.toString();
  }

  private void bean(Object bean) {
    bean(bean, BeanPlan.of(bean.getClass()));
  }

  private void bean(Object bean, BeanPlan plan) {
    if (plan.delegated) {
      delegate(bean);
      return;
    }
    for (BeanPlan.Property property : plan.properties) {
      Object value = property.getter.apply(bean);
      enter(property.name);
      for (Check check : property.checks) {
        if (!check.test(value)) {
          fail(check, value);
        }
      }
      if (value != null && (property.cascade || property.elementChecks.length > 0)) {
        elements(property, value);
      }
      depth--;
    }
  }

  private void elements(BeanPlan.Property property, Object value) {
    if (value instanceof Optional) {
      element(property, ((Optional<?>) value).orElse(null));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        indexes[depth - 1] = i;
        element(property, list.get(i));
      }
      indexes[depth - 1] = -1;
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        element(property, element);
      }
    } else if (property.cascade) {
      bean(value, property.planOf(value.getClass()));
    }
  }

  private void element(BeanPlan.Property property, Object element) {
    for (Check check : property.elementChecks) {
      if (!check.test(element)) {
        fail(check, element);
      }
    }
    if (property.cascade && element != null) {
      bean(element, property.planOf(element.getClass()));
    }
  }

  private void fail(Check check, Object value) {
    violations.add(toViolation(check.constraint(), path(), value, null));
  }

  private <T> void delegate(T bean) {
    String prefix = path();
    for (ConstraintViolation<T> cv : Delegate.VALIDATOR.validate(bean)) {
      String path = path(cv.getPropertyPath());
      path = prefix.isEmpty() ? path : path.isEmpty() ? prefix
          : prefix + (path.startsWith("[") ? "" : ".") + path;
      violations.add(toViolation(cv.getConstraintDescriptor().getAnnotation(), path,
          cv.getInvalidValue(), cv.getMessage()));
    }
  }

  /**
   * The violation of a constraint by a value at a path; {@code message} is Hibernate
   * Validator's own sentence, used for constraints this library has no words for.
   */
  static Violation toViolation(Annotation constraint, String path, Object value,
      String message) {
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
    return Violation.of("constraint", path, path + " " + message + ".");
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
