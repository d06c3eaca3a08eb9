package org.compacts.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.compacts.diff.Change;
import org.compacts.diff.ChangeType;
import org.compacts.diff.Effect;
import org.compacts.diff.FieldChange;
import org.compacts.model.Citation;
import org.compacts.time.TimeSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the changes between two compacts as JSON (one object per change), as text (one line
 * per change, weakened first) or as Markdown (a summary and a table).
 */
final class DiffReport {
  /** Weakened first, then not-comparable, strengthened and neutral; document order within. */
  static final Comparator<Change> WEAKENED_FIRST = Comparator.comparingInt(c -> rank(c.getEffect()));

  private final JsonMapper mapper;

  DiffReport(JsonMapper mapper) {
    this.mapper = mapper;
  }

  private static int rank(Effect e) {
    switch (e) {
      case WEAKENED:
        return 0;
      case NOT_COMPARABLE:
        return 1;
      case STRENGTHENED:
        return 2;
      default:
        return 3;
    }
  }

  /**
   * A JSON array with one object per change: {@code change}, {@code element} ({@code kind},
   * {@code id}), {@code pointer} ({@code before}, {@code after}: JSON Pointers into A and B, or
   * null), {@code before} and {@code after} (the element removed or added; the changed fields by
   * path; a moved element's position among the elements both share), {@code effect}, and for a
   * changed element {@code fields}, each with its {@code field} path and {@code effect}.
   */
  String json(List<Change> changes) {
    ArrayNode array = mapper.createArrayNode();
    for (Change c : changes) {
      ObjectNode o = array.addObject();
      o.put("change", c.getType().label());
      ObjectNode element = o.putObject("element");
      element.put("kind", c.getElement().getKind());
      element.put("id", c.getElement().getId());
      ObjectNode pointer = o.putObject("pointer");
      pointer.put("before", c.getBeforePointer().orElse(null));
      pointer.put("after", c.getAfterPointer().orElse(null));
      if (c.getType() == ChangeType.CHANGED) {
        ObjectNode before = o.putObject("before");
        ObjectNode after = o.putObject("after");
        ArrayNode fields = mapper.createArrayNode();
        for (FieldChange f : c.getFields()) {
          before.set(f.getPath(), tree(f.getBefore().orElse(null)));
          after.set(f.getPath(), tree(f.getAfter().orElse(null)));
          ObjectNode field = fields.addObject();
          field.put("field", f.getPath());
          field.put("effect", f.getEffect().label());
        }
        o.put("effect", c.getEffect().label());
        o.set("fields", fields);
      } else {
        o.set("before", tree(c.getBefore().orElse(null)));
        o.set("after", tree(c.getAfter().orElse(null)));
        o.put("effect", c.getEffect().label());
      }
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array)
        + System.lineSeparator();
  }

  /** One line per change, weakened first: effect, change, element, where, and what. */
  String text(List<Change> changes) {
    StringBuilder out = new StringBuilder();
    for (Change c : sorted(changes)) {
      out.append(c.getEffect().label()).append('\t').append(c.getType().label()).append(' ')
          .append(TerminalText.escape(c.getElement().toString())).append(" (")
          .append(TerminalText.escape(where(c))).append("): ")
          .append(TerminalText.escape(what(c))).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * A heading naming the two compacts as given (sample ids or file names), a one-sentence
   * summary and a table of the changes, weakened first.
   */
  String markdown(List<Change> changes, String before, String after) {
    List<List<String>> rows = new ArrayList<>();
    for (Change c : sorted(changes)) {
      String element = c.getElement().toString();
      if (c.getType() == ChangeType.CHANGED) {
        for (FieldChange f : c.getFields()) {
          rows.add(List.of(f.getEffect().label(), c.getType().label(), element, f.getPath(),
              describe(f.getBefore().orElse(null)), describe(f.getAfter().orElse(null))));
        }
      } else {
        rows.add(List.of(c.getEffect().label(), c.getType().label(), element, "",
            describe(c.getBefore().orElse(null)), describe(c.getAfter().orElse(null))));
      }
    }
    Markdown md = new Markdown()
        .heading(1, "Changes from " + before + " to " + after)
        .paragraph(summary(changes));
    if (!rows.isEmpty()) {
      md.table(List.of("Effect", "Change", "Element", "Field", "Before", "After"), rows);
    }
    return md.render();
  }

  /** "2 commitments weakened, 1 strengthened, 5 wording changes", and the rest. */
  static String summary(List<Change> changes) {
    if (changes.isEmpty()) {
      return "No changes.";
    }
    long weakened = count(changes, Effect.WEAKENED);
    long strengthened = count(changes, Effect.STRENGTHENED);
    long notComparable = count(changes, Effect.NOT_COMPARABLE);
    long wording = changes.stream().filter(Change::isWordingOnly).count();
    long moved = changes.stream().filter(c -> c.getType() == ChangeType.MOVED).count();
    long other = count(changes, Effect.NEUTRAL) - wording - moved;
    List<String> parts = new ArrayList<>();
    parts.add(weakened + (weakened == 1 ? " commitment" : " commitments") + " weakened");
    parts.add(strengthened + " strengthened");
    parts.add(plural(wording, "wording change"));
    if (notComparable > 0) {
      parts.add(notComparable + " not comparable");
    }
    if (moved > 0) {
      parts.add(moved + " moved");
    }
    if (other > 0) {
      parts.add(plural(other, "other change"));
    }
    return String.join(", ", parts) + ".";
  }

  private static long count(List<Change> changes, Effect effect) {
    return changes.stream().filter(c -> c.getEffect() == effect).count();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<Change> sorted(List<Change> changes) {
    List<Change> out = new ArrayList<>(changes);
    out.sort(WEAKENED_FIRST);
    return out;
  }

  private static String where(Change c) {
    String a = c.getBeforePointer().orElse(null);
    String b = c.getAfterPointer().orElse(null);
    if (a == null) {
      return "B " + pointer(b);
    }
    if (b == null || a.equals(b)) {
      return (b == null ? "A " : "") + pointer(a);
    }
    return pointer(a) + " → " + pointer(b);
  }

  private static String pointer(String p) {
    return p.isEmpty() ? "/" : p;
  }

  private String what(Change c) {
    switch (c.getType()) {
      case CHANGED:
        return c.getFields().stream().map(f -> f.getPath() + " "
            + describe(f.getBefore().orElse(null)) + " → " + describe(f.getAfter().orElse(null))
            + (f.getEffect() == c.getEffect() ? "" : " (" + f.getEffect().label() + ")"))
            .collect(Collectors.joining("; "));
      case MOVED:
        return "position " + c.getBefore().orElseThrow() + " → " + c.getAfter().orElseThrow();
      case ADDED:
        return describe(c.getAfter().orElse(null));
      default:
        return describe(c.getBefore().orElse(null));
    }
  }

  private JsonNode tree(Object value) {
    return value == null ? mapper.nullNode() : mapper.valueToTree(value);
  }

  /** A value in words: 3 months, "quoted text" (clause), will, [a, b], or an element. */
  String describe(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof TimeSpan || value instanceof Number) {
      return value.toString();
    }
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof Citation) {
      Citation c = (Citation) value;
      return "\"" + c.getText() + "\" (" + c.getClause() + ")";
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(this::describe)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    JsonNode tree = mapper.valueToTree(value);
    if (tree.isString()) {
      return tree.asString();
    }
    return label(tree);
  }

  /** An element in words: its kind if it is a rule, and its quoted source, name or title. */
  static String label(JsonNode element) {
    String kind = element.path("kind").isString() ? element.path("kind").asString() + ": " : "";
    for (String p : List.of("/source/text", "/name", "/title", "/topic", "/heading")) {
      JsonNode n = element.at(p);
      if (n.isString()) {
        return kind + "\"" + n.asString() + "\"";
      }
    }
    return kind + element.toString();
  }
}
