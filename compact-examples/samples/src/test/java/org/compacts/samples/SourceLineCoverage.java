package org.compacts.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the coverage check ({@link Coverage}) reads: the normalised lines of a source text, the
 * texts reachable from a sample, and a sample's reviewed exclusion list
 * ({@code coverage/<id>.excluded.tsv}: the normalised line, a tab, why it is not encoded).
 *
 * <p>Normalisation: trim; drop a leading bullet marker ({@code - }, {@code · }, {@code • },
 * {@code * }) and markdown heading marks; unwrap emphasis ({@code ***x***}, {@code **x**},
 * {@code *x*}) and links ({@code [text](url)} to text); non-breaking spaces become spaces;
 * whitespace runs collapse to one space.
 */
final class SourceLineCoverage {
  private static final Pattern BULLET = Pattern.compile("^[-·•*]\\s+");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern STRONG_EMPHASIS = Pattern.compile("\\*\\*\\*(.+?)\\*\\*\\*");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("\\*(.+?)\\*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private SourceLineCoverage() {}

  /**
   * Normalises one source line or one text of the model.
   *
   * @param line the raw text
   * @return the normalised text, empty for a blank line
   */
  static String normalise(String line) {
    String s = line.replace('\u00A0', ' ').strip();
    s = HEADING.matcher(s).replaceFirst("");
    s = BULLET.matcher(s).replaceFirst("");
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = STRONG_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The non-empty normalised lines of a source text, in order.
   *
   * @param source the whole text
   * @return the lines
   */
  static List<String> lines(String source) {
    return source.lines().map(SourceLineCoverage::normalise).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * The whole source as one normalised text, its lines joined by single spaces, so that a
   * paragraph split across pages reads as one.
   *
   * @param source the whole text
   * @return the joined text
   */
  static String joined(String source) {
    return String.join(" ", lines(source));
  }

  /**
   * Every string reachable from a model value through its public getters, optionals and
   * collections, normalised.
   *
   * @param root a model value such as a compact
   * @return the texts, in the order met
   */
  static Set<String> texts(Object root) {
    return texts(root, Set.of());
  }

  /**
   * Every string reachable from a model value, normalised, except through the named getters
   * (such as {@code getId}, whose values are not text of the source).
   *
   * @param root a model value such as a compact
   * @param skippedGetters names of getters not to follow
   * @return the texts, in the order met
   */
  static Set<String> texts(Object root, Set<String> skippedGetters) {
    Set<String> texts = new LinkedHashSet<>();
    walk(root, skippedGetters, new IdentityHashMap<>(), value -> {
      if (value instanceof CharSequence text) {
        texts.add(normalise(text.toString()));
      }
    });
    return texts;
  }

  /**
   * Every value of a type reachable from a model value, such as every citation of a compact.
   *
   * @param root a model value such as a compact
   * @param type the type looked for
   * @param <T> the type looked for
   * @return the values, in the order met
   */
  static <T> List<T> reachable(Object root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(root, Set.of(), new IdentityHashMap<>(), value -> {
      if (type.isInstance(value)) {
        found.add(type.cast(value));
      }
    });
    return found;
  }

  private static void walk(Object value, Set<String> skipped, Map<Object, Boolean> seen,
      Consumer<Object> visitor) {
    if (value == null || value instanceof Enum<?> || value instanceof Number
        || value instanceof Boolean) {
      return;
    }
    if (value instanceof CharSequence) {
      visitor.accept(value);
      return;
    }
    if (seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    visitor.accept(value);
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, skipped, seen, visitor));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> walk(v, skipped, seen, visitor));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, skipped, seen, visitor);
        walk(v, skipped, seen, visitor);
      });
    } else if (value.getClass().getPackageName().startsWith("org.compacts.")) {
      for (Method getter : getters(value.getClass())) {
        if (!skipped.contains(getter.getName())) {
          walk(invoke(getter, value), skipped, seen, visitor);
        }
      }
    }
  }

  private static List<Method> getters(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter + " of " + target, e);
    }
  }

  /**
   * Reads a reviewed exclusion list: one {@code line<TAB>why} per row.
   *
   * @param resource the class-path resource
   * @return each excluded normalised line with its reason, in file order
   */
  static Map<String, String> exclusions(String resource) {
    Map<String, String> exclusions = new LinkedHashMap<>();
    int number = 0;
    for (String row : resource(resource).lines().toList()) {
      number++;
      if (row.isBlank()) {
        continue;
      }
      int tab = row.indexOf('\t');
      if (tab < 0 || row.substring(tab + 1).isBlank()) {
        throw new IllegalArgumentException(resource + ":" + number
            + ": an exclusion is the normalised line, a tab and why it is not encoded");
      }
      String line = row.substring(0, tab);
      if (!line.equals(normalise(line))) {
        throw new IllegalArgumentException(resource + ":" + number + ": '" + line
            + "' is not normalised; write it as '" + normalise(line) + "'");
      }
      if (exclusions.put(line, row.substring(tab + 1)) != null) {
        throw new IllegalArgumentException(resource + ":" + number + ": '" + line
            + "' is excluded twice");
      }
    }
    return exclusions;
  }

  /**
   * Reads a UTF-8 class-path resource.
   *
   * @param resource the resource name, without a leading slash
   * @return its text
   */
  static String resource(String resource) {
    try (InputStream in = SourceLineCoverage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no class-path resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
