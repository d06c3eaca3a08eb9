package org.compacts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What to check on the beans of one class, read once from the Jakarta annotations on its
 * getters (and those of its supertypes): each constrained or cascaded property, with its
 * getter compiled to a function, its constraints compiled to {@link Check}s, and whether its
 * value or elements are beans to walk into. A class whose annotations say something the plan
 * cannot (an unknown constraint, a class-level or field constraint, a map or nested container)
 * is marked {@link #delegated}: Hibernate Validator checks its beans instead.
 */
final class BeanPlan {
  private static final ClassValue<BeanPlan> PLANS = new ClassValue<>() {
    @Override
    protected BeanPlan computeValue(Class<?> type) {
      return build(type);
    }
  };

  private static final BeanPlan DELEGATED = new BeanPlan(true, List.of());

  /** One property to check. */
  static final class Property {
    final String name;
    final Function<Object, Object> getter;
    final Check[] checks;
    final Check[] elementChecks;
    final boolean cascade;
    /** The plan of the first class met in this property, so that most beans skip the lookup. */
    private Known first;

    Property(String name, Function<Object, Object> getter, List<Check> checks,
        List<Check> elementChecks, boolean cascade) {
      this.name = name;
      this.getter = getter;
      this.checks = checks.toArray(new Check[0]);
      this.elementChecks = elementChecks.toArray(new Check[0]);
      this.cascade = cascade;
    }

    /** The plan of a class met as this property's value or element. */
    BeanPlan planOf(Class<?> type) {
      Known known = first;
      if (known != null && known.type == type) {
        return known.plan;
      }
      BeanPlan plan = of(type);
      if (known == null) {
        first = new Known(type, plan);
      }
      return plan;
    }
  }

  /** A class and its plan; immutable, so that a racy read of {@link Property#first} is safe. */
  private static final class Known {
    final Class<?> type;
    final BeanPlan plan;

    Known(Class<?> type, BeanPlan plan) {
      this.type = type;
      this.plan = plan;
    }
  }

  final boolean delegated;
  final Property[] properties;

  private BeanPlan(boolean delegated, List<Property> properties) {
    this.delegated = delegated;
    this.properties = properties.toArray(new Property[0]);
  }

  static BeanPlan of(Class<?> type) {
    return PLANS.get(type);
  }

  /** The annotations of one property, gathered from every declaration of its getter. */
  private static final class Declared {
    final Set<Annotation> constraints = new LinkedHashSet<>();
    final Set<Annotation> elementConstraints = new LinkedHashSet<>();
    boolean cascade;
    Class<?> elementType;
    boolean unsupported;
  }

  private static BeanPlan build(Class<?> type) {
    if (hasConstraint(type.getAnnotations())) {
      return DELEGATED;
    }
    Map<String, Declared> declared = new LinkedHashMap<>();
    for (Class<?> t : hierarchy(type)) {
      for (Field f : t.getDeclaredFields()) {
        if (hasConstraint(f.getAnnotations()) || f.isAnnotationPresent(Valid.class)) {
          return DELEGATED;
        }
      }
      for (Method m : t.getDeclaredMethods()) {
        if (isGetter(m)) {
          declare(m, declared);
        }
      }
    }
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, Declared> e : declared.entrySet()) {
      Declared d = e.getValue();
      if (d.constraints.isEmpty() && d.elementConstraints.isEmpty() && !d.cascade) {
        continue;
      }
      Optional<Property> property = property(type, e.getKey(), d);
      if (property.isEmpty()) {
        return DELEGATED;
      }
      properties.add(property.get());
    }
    return new BeanPlan(false, properties);
  }

  private static void declare(Method m, Map<String, Declared> declared) {
    Declared d = declared.computeIfAbsent(m.getName(), name -> new Declared());
    for (Annotation a : m.getAnnotations()) {
      if (a instanceof Valid) {
        d.cascade = true;
      } else if (isConstraint(a)) {
        d.constraints.add(a);
      }
    }
    AnnotatedType returned = m.getAnnotatedReturnType();
    if (!(returned instanceof AnnotatedParameterizedType)) {
      return;
    }
    AnnotatedType[] args = ((AnnotatedParameterizedType) returned)
        .getAnnotatedActualTypeArguments();
    for (AnnotatedType arg : args) {
      if (annotated(arg) && (args.length != 1 || deeplyAnnotated(arg))) {
        d.unsupported = true;
      }
    }
    if (args.length == 1 && annotated(args[0])) {
      d.elementType = raw(args[0].getType());
      for (Annotation a : args[0].getAnnotations()) {
        if (a instanceof Valid) {
          d.cascade = true;
        } else if (isConstraint(a)) {
          d.elementConstraints.add(a);
        }
      }
    }
  }

  private static Optional<Property> property(Class<?> type, String getterName, Declared d) {
    if (d.unsupported) {
      return Optional.empty();
    }
    Method getter;
    try {
      getter = type.getMethod(getterName);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    Class<?> valueType = getter.getReturnType();
    boolean container = Optional.class.isAssignableFrom(valueType)
        || Iterable.class.isAssignableFrom(valueType);
    boolean optional = Optional.class.isAssignableFrom(valueType);
    if (Map.class.isAssignableFrom(valueType) || !container && !d.elementConstraints.isEmpty()
        || optional && !d.constraints.isEmpty()) {
      return Optional.empty();
    }
    List<Check> checks = new ArrayList<>();
    for (Annotation a : d.constraints) {
      Optional<Check> check = Check.of(a, valueType);
      if (check.isEmpty()) {
        return Optional.empty();
      }
      checks.add(check.get());
    }
    List<Check> elementChecks = new ArrayList<>();
    for (Annotation a : d.elementConstraints) {
      Optional<Check> check = Check.of(a, d.elementType);
      if (check.isEmpty()) {
        return Optional.empty();
      }
      elementChecks.add(check.get());
    }
    return compile(getter).map(function -> new Property(propertyName(getterName), function,
        checks, elementChecks, d.cascade));
  }

  /** The getter as a function, or empty when it cannot be reached from here. */
  @SuppressWarnings("unchecked")
  private static Optional<Function<Object, Object>> compile(Method getter) {
    if (!Modifier.isPublic(getter.getDeclaringClass().getModifiers())) {
      return Optional.empty();
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    CallSite site;
    try {
      MethodHandle handle = lookup.unreflect(getter);
      site = LambdaMetafactory.metafactory(lookup, "apply",
          MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap());
    } catch (IllegalAccessException | LambdaConversionException e) {
      return Optional.empty();
    }
    try {
      return Optional.of((Function<Object, Object>) site.getTarget().invokeExact());
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot compile the getter " + getter, e);
    }
  }

  private static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> types = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> t = todo.removeFirst();
      if (t == Object.class || !seen.add(t)) {
        continue;
      }
      types.add(t);
      if (t.getSuperclass() != null) {
        todo.addLast(t.getSuperclass());
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    return types;
  }

  private static boolean isGetter(Method m) {
    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
        || m.isBridge() || m.getReturnType() == void.class) {
      return false;
    }
    String name = m.getName();
    return name.startsWith("get") && name.length() > 3
        || name.startsWith("is") && name.length() > 2
            && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
  }

  private static String propertyName(String getter) {
    String bare = getter.substring(getter.startsWith("get") ? 3 : 2);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static boolean annotated(AnnotatedType type) {
    return type.getAnnotations().length > 0 || deeplyAnnotated(type);
  }

  private static boolean deeplyAnnotated(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType arg
          : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        if (annotated(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return raw(((ParameterizedType) type).getRawType());
    }
    return Object.class;
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (isConstraint(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class)
        || isConstraintList(a);
  }

  /** A repeated constraint's container, such as {@code @Pattern.List}. */
  private static boolean isConstraintList(Annotation a) {
    try {
      Method value = a.annotationType().getMethod("value");
      Class<?> returned = value.getReturnType();
      return returned.isArray()
          && returned.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
