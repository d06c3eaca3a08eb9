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
  private static final Validator VALIDATOR = buildValidator();

  private final List<Violation> violations = new ArrayList<>();

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
    checks.bean(value, null);
    return checks.violations;
  }

  /** Every violation Hibernate Validator finds on its own, in no particular order. */
  static List<Violation> hibernate(Object value) {
    ConstraintChecks checks = new ConstraintChecks();
    checks.delegate(value, null);
    return checks.violations;
  }

  /** Where a value stands: a property of the bean at {@code parent}, or an element of it. */
  private static final class Node {
    final Node parent;
    final String name;
    final int index;

    Node(Node parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    static String path(Node node) {
      return node == null ? "" : node.append(new StringBuilder()).toString();
    }

    private StringBuilder append(StringBuilder out) {
      if (parent != null) {
        parent.append(out);
      }
      if (name != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
      if (index >= 0) {
        out.append('[').append(index).append(']');
      }
      return out;
    }
  }

  private void bean(Object bean, Node at) {
    BeanPlan plan = BeanPlan.of(bean.getClass());
    if (plan.delegated) {
      delegate(bean, at);
      return;
    }
    for (BeanPlan.Property property : plan.properties) {
      Object value = property.getter.apply(bean);
      Node here = null;
      for (Check check : property.checks) {
        if (!check.test(value)) {
          here = here != null ? here : new Node(at, property.name, -1);
          fail(check, here, value);
        }
      }
      if (value != null && (property.cascade || property.elementChecks.length > 0)) {
        elements(property, value, here != null ? here : new Node(at, property.name, -1));
      }
    }
  }

  private void elements(BeanPlan.Property property, Object value, Node at) {
    if (value instanceof Optional) {
      Object content = ((Optional<?>) value).orElse(null);
      element(property, content, at);
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        element(property, list.get(i), new Node(at, null, i));
      }
    } else if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        element(property, element, at);
      }
    } else if (property.cascade) {
      bean(value, at);
    }
  }

  private void element(BeanPlan.Property property, Object element, Node at) {
    for (Check check : property.elementChecks) {
      if (!check.test(element)) {
        fail(check, at, element);
      }
    }
    if (property.cascade && element != null) {
      bean(element, at);
    }
  }

  private void fail(Check check, Node at, Object value) {
    violations.add(toViolation(check.constraint(), Node.path(at), value, null));
  }

  private <T> void delegate(T bean, Node at) {
    String prefix = Node.path(at);
    for (ConstraintViolation<T> cv : VALIDATOR.validate(bean)) {
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
