package org.compacts.diff;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Slug;
import org.compacts.model.YearRange;
import org.compacts.time.TimeSpan;

/**
 * The attributes of the model's value types, read once per class from the project's
 * Immutables convention (an abstract {@code AbstractX} whose generated class {@code X} holds
 * one field per attribute, in declaration order): so that the diff walks every attribute of
 * every type, including rule kinds and fields added later, without naming them.
 */
final class Attributes {
  private static final ClassValue<List<Attribute>> CACHE = new ClassValue<>() {
    @Override
    protected List<Attribute> computeValue(Class<?> type) {
      return read(type);
    }
  };

  private Attributes() {}

  /** What an attribute holds, as far as the diff is concerned. */
  enum Shape {
    /** A list of elements with ids, matched by id. */
    ELEMENTS,
    /** A value type to walk into. */
    NESTED,
    /**
     * A map of further fields by name, as a rule of a kind this version does not know keeps
     * them: compared key by key, each key a field of the element that holds the map (its
     * JSON document writes them so).
     */
    FIELDS,
    /** A value compared whole. */
    LEAF
  }

  /** One attribute: its JSON name, how to read it and what it holds. */
  static final class Attribute {
    final String name;
    private final Method getter;
    final Shape shape;
    /** Whether its text values are slugs (ids, references), not wording. */
    final boolean slug;
    /** The declared type of its elements or of its (optional) value. */
    final Class<?> elementType;

    Attribute(String name, Method getter, Shape shape, boolean slug, Class<?> elementType) {
      this.name = name;
      this.getter = getter;
      this.shape = shape;
      this.slug = slug;
      this.elementType = elementType;
    }

    /** The value on a bean: null when absent (an empty optional or collection). */
    Object read(Object bean) {
      Object value;
      try {
        value = getter.invoke(bean);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + bean.getClass(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("Reading " + name + " of " + bean.getClass()
            + " failed", e.getCause());
      }
      if (value instanceof Optional) {
        return ((Optional<?>) value).orElse(null);
      }
      return value instanceof Collection && ((Collection<?>) value).isEmpty()
          || value instanceof Map && ((Map<?, ?>) value).isEmpty() ? null : value;
    }
  }

  /**
   * Whether values of a class are walked into: a generated value type of the model, except
   * time spans and year ranges, which are compared whole.
   */
  static boolean isValueType(Class<?> type) {
    if (type == TimeSpan.class || type == YearRange.class) {
      return false;
    }
    Class<?> parent = type.getSuperclass();
    return parent != null && Modifier.isFinal(type.getModifiers())
        && parent.getSimpleName().equals("Abstract" + type.getSimpleName());
  }

  /** The attributes of a value type, in declaration order; empty for any other class. */
  static List<Attribute> of(Class<?> type) {
    return CACHE.get(type);
  }

  /** The attribute of that name, or null. */
  static Attribute named(Class<?> type, String name) {
    for (Attribute a : of(type)) {
      if (a.name.equals(name)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The key that matches an element in a list: its id, or a stage's number; null when the
   * type has neither, so that its lists are compared whole.
   */
  static String key(Object element) {
    Attribute id = named(element.getClass(), "id");
    if (id == null) {
      id = named(element.getClass(), "number");
    }
    Object value = id == null ? null : id.read(element);
    return value == null ? null : value.toString();
  }

  /** Whether elements of a declared type carry a key. */
  static boolean isKeyed(Class<?> declared) {
    return hasGetter(declared, "getId") || hasGetter(declared, "getNumber");
  }

  /** An element kind's name: the type's simple name in kebab case, {@code code-of-practice}. */
  static String kindName(Class<?> type) {
    String simple = type.getSimpleName();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append('-');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private static boolean hasGetter(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return m.getReturnType() != void.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The attributes of a generated value type: one per instance field, which Immutables keeps
   * for every attribute (and which equality compares), read by its public getter; the getter's
   * declaration on the abstract type gives its annotations and element type.
   */
  private static List<Attribute> read(Class<?> type) {
    if (!isValueType(type)) {
      return List.of();
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Method getter = getter(type, f.getName());
      if (getter == null) {
        throw new IllegalStateException(type + " has no getter for its field " + f.getName());
      }
      Method declared = getter;
      try {
        declared = type.getSuperclass().getMethod(getter.getName());
      } catch (NoSuchMethodException e) {
        // declared on the generated class alone: its own signature serves
      }
      attributes.add(new Attribute(jsonName(f.getName()), getter, shape(declared), isSlug(declared),
          typeArgument(declared)));
    }
    return List.copyOf(attributes);
  }

  /**
   * The name a field has in the JSON documents (DESIGN.md), which pointers and field paths use:
   * the Java name but for the few the documents name otherwise. The JSON module's pointer
   * property test fails when a new rename is not listed here.
   */
  private static String jsonName(String field) {
    switch (field) {
      case "countsFrom":
      case "firstYear":
        return "from";
      case "lastYear":
        return "to";
      default:
        return field;
    }
  }

  private static Method getter(Class<?> type, String attribute) {
    String capitalised = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String name : List.of("get" + capitalised, "is" + capitalised)) {
      try {
        Method m = type.getMethod(name);
        if (m.getReturnType() != void.class) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // try the other prefix
      }
    }
    return null;
  }

  /**
   * Whether values of a type hold keyed elements, directly or in a value they nest, so that
   * the diff walks into it even where the other version lacks it.
   */
  static boolean holdsElements(Class<?> type) {
    return holdsElements(type, new HashSet<>());
  }

  private static boolean holdsElements(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return false;
    }
    for (Attribute a : of(type)) {
      if (a.shape == Shape.ELEMENTS
          || a.shape == Shape.NESTED && holdsElements(a.elementType, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> typeArgument(Method getter) {
    Type generic = getter.getGenericReturnType();
    if (generic instanceof ParameterizedType) {
      return rawClass(((ParameterizedType) generic).getActualTypeArguments()[0]);
    }
    return getter.getReturnType();
  }

  private static Shape shape(Method getter) {
    Class<?> raw = getter.getReturnType();
    Class<?> argument = typeArgument(getter);
    if (List.class.isAssignableFrom(raw)) {
      return argument != null && isKeyed(argument) ? Shape.ELEMENTS : Shape.LEAF;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Shape.FIELDS;
    }
    Class<?> single = raw == Optional.class ? argument : raw;
    return single != null && isValueType(single) ? Shape.NESTED : Shape.LEAF;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return rawClass(((ParameterizedType) type).getRawType());
    }
    return null;
  }

  private static boolean isSlug(Method getter) {
    if (slugPattern(getter.getAnnotation(Pattern.class))) {
      return true;
    }
    AnnotatedType returned = getter.getAnnotatedReturnType();
    if (returned instanceof AnnotatedParameterizedType) {
      for (AnnotatedType arg
          : ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()) {
        if (slugPattern(arg.getAnnotation(Pattern.class))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean slugPattern(Pattern pattern) {
    return pattern != null && pattern.regexp().equals(Slug.REGEX);
  }
}
