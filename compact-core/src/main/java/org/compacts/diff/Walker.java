package org.compacts.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.compacts.diff.Attributes.Attribute;
import org.compacts.diff.Attributes.Shape;
import org.compacts.rules.Rule;

/** Walks two versions of a compact side by side and collects their changes in order. */
final class Walker {
  private final List<Change> changes = new ArrayList<>();

  /** The changes between two values of the same value type, the first of them on the root. */
  static List<Change> between(Object before, Object after, Element root) {
    Walker w = new Walker();
    List<FieldChange> fields = new ArrayList<>();
    w.walk(before, after, "", "", "", before, after, fields);
    List<Change> out = new ArrayList<>();
    if (!fields.isEmpty()) {
      out.add(changed(root, "", "", fields));
    }
    out.addAll(w.changes);
    return List.copyOf(out);
  }

  /**
   * Compares two values of a nested type attribute by attribute: fields go to
   * {@code fields} (of the element that holds them), keyed lists to {@link #changes}.
   */
  private void walk(Object ownerBefore, Object ownerAfter, String pointerA, String pointerB,
      String prefix, Object a, Object b, List<FieldChange> fields) {
    if (a instanceof Rule && b instanceof Rule
        && !((Rule) a).kind().equals(((Rule) b).kind())) {
      fields.add(field(ownerBefore, ownerAfter, prefix + "kind", ((Rule) a).kind(),
          ((Rule) b).kind(), true));
    }
    for (String name : names(a, b)) {
      Attribute at = a == null ? null : Attributes.named(a.getClass(), name);
      Attribute bt = b == null ? null : Attributes.named(b.getClass(), name);
      Attribute any = at != null ? at : bt;
      Object va = at == null ? null : at.read(a);
      Object vb = bt == null ? null : bt.read(b);
      String pa = pointerA + "/" + escape(name);
      String pb = pointerB + "/" + escape(name);
      if (any.shape == Shape.ELEMENTS) {
        list(Attributes.kindName(any.elementType), pa, pb, asList(va), asList(vb));
      } else if (any.shape == Shape.FIELDS) {
        Map<?, ?> ma = va == null ? Map.of() : (Map<?, ?>) va;
        Map<?, ?> mb = vb == null ? Map.of() : (Map<?, ?>) vb;
        TreeSet<String> keys = new TreeSet<>();
        ma.keySet().forEach(k -> keys.add(k.toString()));
        mb.keySet().forEach(k -> keys.add(k.toString()));
        for (String key : keys) {
          Object ka = ma.get(key);
          Object kb = mb.get(key);
          if (!Objects.equals(ka, kb)) {
            fields.add(field(ownerBefore, ownerAfter, prefix + escape(key), ka, kb, false));
          }
        }
      } else if (any.shape == Shape.NESTED && (va != null && vb != null
          || (va != null || vb != null) && Attributes.holdsElements(any.elementType))) {
        walk(ownerBefore, ownerAfter, pa, pb, prefix + name + "/", va, vb, fields);
      } else if (!Objects.equals(va, vb)) {
        fields.add(field(ownerBefore, ownerAfter, prefix + name, va, vb, any.slug));
      }
    }
  }

  /**
   * The attribute names of two values: in declaration order, or sorted by name where the two
   * are of different types (rules of two kinds), so that either order of the two gives the
   * same fields.
   */
  private static List<String> names(Object a, Object b) {
    List<String> names = new ArrayList<>();
    for (Object o : new Object[] {a, b}) {
      if (o != null) {
        for (Attribute at : Attributes.of(o.getClass())) {
          // a rule's kind is compared once, by kind(), whether or not it is an attribute
          if (!names.contains(at.name) && !(o instanceof Rule && at.name.equals("kind"))) {
            names.add(at.name);
          }
        }
      }
    }
    if (a != null && b != null && a.getClass() != b.getClass()) {
      names.sort(null);
    }
    return names;
  }

  private static List<?> asList(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private void list(String kind, String pointerA, String pointerB, List<?> as, List<?> bs) {
    Map<String, Integer> inA = keys(as);
    Map<String, Integer> inB = keys(bs);
    for (Map.Entry<String, Integer> e : inA.entrySet()) {
      if (!inB.containsKey(e.getKey())) {
        Object element = as.get(e.getValue());
        changes.add(Change.builder().type(ChangeType.REMOVED).element(Element.of(kind, e.getKey()))
            .beforePointer(pointerA + "/" + e.getValue()).before(element)
            .effect(Effects.isCommitment(element) ? Effect.WEAKENED : Effect.NEUTRAL).build());
      }
    }
    Map<String, Integer> rankA = ranks(inA, inB);
    Map<String, Integer> rankB = ranks(inB, inA);
    for (Map.Entry<String, Integer> e : inB.entrySet()) {
      String key = e.getKey();
      int j = e.getValue();
      Object b = bs.get(j);
      Element element = Element.of(kind, key);
      String pb = pointerB + "/" + j;
      if (!inA.containsKey(key)) {
        changes.add(Change.builder().type(ChangeType.ADDED).element(element).afterPointer(pb)
            .after(b).effect(Effects.isCommitment(b) ? Effect.STRENGTHENED : Effect.NEUTRAL)
            .build());
        continue;
      }
      int i = inA.get(key);
      Object a = as.get(i);
      String pa = pointerA + "/" + i;
      if (!rankA.get(key).equals(rankB.get(key))) {
        changes.add(Change.builder().type(ChangeType.MOVED).element(element).beforePointer(pa)
            .afterPointer(pb).before(rankA.get(key)).after(rankB.get(key)).effect(Effect.NEUTRAL)
            .build());
      }
      if (a.equals(b)) {
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      int at = changes.size();
      walk(a, b, pa, pb, "", a, b, fields);
      if (!fields.isEmpty()) {
        changes.add(at, changed(element, pa, pb, fields));
      }
    }
  }

  /** Each element's key (with {@code #2}, {@code #3} for a repeated one) and its index. */
  private static Map<String, Integer> keys(List<?> elements) {
    Map<String, Integer> keys = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String key = Attributes.key(elements.get(i));
      if (key == null) {
        key = "#" + (i + 1);
      }
      int n = seen.merge(key, 1, Integer::sum);
      keys.put(n == 1 ? key : key + "#" + n, i);
    }
    return keys;
  }

  /** The position of each shared key among the keys shared with the other version. */
  private static Map<String, Integer> ranks(Map<String, Integer> keys, Map<String, Integer> other) {
    Map<String, Integer> ranks = new HashMap<>();
    for (String key : keys.keySet()) {
      if (other.containsKey(key)) {
        ranks.put(key, ranks.size());
      }
    }
    return ranks;
  }

  private static Change changed(Element element, String pointerA, String pointerB,
      List<FieldChange> fields) {
    return Change.builder().type(ChangeType.CHANGED).element(element)
        .beforePointer(pointerA).afterPointer(pointerB).fields(fields)
        .effect(Effect.combine(fields.stream().map(FieldChange::getEffect).toList()))
        .build();
  }

  private static FieldChange field(Object ownerBefore, Object ownerAfter, String path,
      Object before, Object after, boolean slug) {
    boolean wording = Effects.isWording(before, after, slug);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return FieldChange.builder().path(path).before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after))
        .effect(Effects.of(ownerBefore, ownerAfter, name, before, after, wording))
        .wording(wording).build();
  }

  /** A JSON Pointer reference token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
