package org.compacts.samples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Objective;

/**
 * Every text a compact holds, found by walking its getters, normalised as the source lines are;
 * and the test of whether a source line is among them.
 *
 * <p>A line is held when it is part of one text. It is also held when it is a label as printed
 * followed by texts that cite that label, one after another: "c. We recognise ... We will do
 * our best ..." is item {@code c} encoded as two undertakings, and "Stage 2: Submit ..." is the
 * source of stage 2, whose citation keeps the label apart from the words.
 */
final class TextFields {
  /** Getters whose strings are ids or references to ids, not text from the source. */
  private static final Set<String> REFERENCES =
      Set.of("getId", "getParty", "getObjective", "getActivity", "getCodesOfPractice");

  /** What may stand between a printed label and its words: "c. ", "Stage 2: ", "4(i) ". */
  private static final List<String> LABEL_SEPARATORS = List.of(". ", ": ", " - ", " – ", " ");

  private final Set<String> texts = new LinkedHashSet<>();
  private final List<Map.Entry<String, String>> byGetter = new ArrayList<>();
  private final Map<String, Set<String>> byLabel = new LinkedHashMap<>();

  private TextFields() {}

  static TextFields of(Compact compact) {
    TextFields fields = new TextFields();
    fields.walk(compact, "");
    return fields;
  }

  /** The normalised texts, in the order found. */
  Set<String> texts() {
    return texts;
  }

  /** Each normalised text with the name of the getter that gave it, in the order found. */
  List<Map.Entry<String, String>> textsByGetter() {
    return byGetter;
  }

  /** Whether the compact holds a normalised source line, by one of the two ways above. */
  boolean holds(String line) {
    for (String text : texts) {
      if (text.contains(line)) {
        return true;
      }
    }
    for (Map.Entry<String, Set<String>> labelled : byLabel.entrySet()) {
      if (isLabelledRun(line, labelled.getKey(), labelled.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is, exactly, an optional label and separator followed by one or more
   * whole texts filed under that label, joined by single spaces.
   */
  private static boolean isLabelledRun(String line, String label, Set<String> pieces) {
    boolean[] reachable = new boolean[line.length() + 1];
    reachable[0] = true;
    for (String separator : LABEL_SEPARATORS) {
      if (line.startsWith(label + separator)) {
        reachable[label.length() + separator.length()] = true;
      }
    }
    for (int at = 0; at < line.length(); at++) {
      if (!reachable[at]) {
        continue;
      }
      for (String piece : pieces) {
        if (line.startsWith(piece, at)) {
          int end = at + piece.length();
          if (end == line.length()) {
            return true;
          }
          if (line.charAt(end) == ' ') {
            reachable[end + 1] = true;
          }
        }
      }
    }
    return false;
  }

  private void walk(Object value, String getter) {
    if (value == null) {
      return;
    }
    if (value instanceof String) {
      if (!REFERENCES.contains(getter)) {
        String text = SourceLines.normalise((String) value);
        if (!text.isEmpty()) {
          texts.add(text);
          byGetter.add(Map.entry(getter, text));
        }
      }
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> walk(v, getter));
      return;
    }
    if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        walk(element, getter);
      }
      return;
    }
    if (value instanceof Citation) {
      Citation c = (Citation) value;
      file(c.getClause(), c.getText());
    }
    if (value instanceof Objective) {
      Objective o = (Objective) value;
      o.getLabel().ifPresent(label -> file(label, o.getTitle()));
    }
    if (value instanceof Enum || !value.getClass().getPackageName().startsWith("org.compacts")) {
      return;
    }
    for (Method m : getters(value.getClass())) {
      walk(invoke(m, value), m.getName());
    }
  }

  private void file(String label, String text) {
    byLabel.computeIfAbsent(SourceLines.normalise(label), k -> new LinkedHashSet<>())
        .add(SourceLines.normalise(text));
  }

  private static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method m : type.getMethods()) {
      String name = m.getName();
      if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && m.getDeclaringClass() != Object.class && m.getReturnType() != void.class
          && (name.startsWith("get") || name.startsWith("is"))) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing(Method::getName));
    return getters;
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m + " of " + target.getClass(), e);
    }
  }
}
