package org.compacts.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * The keys one JSON object has used so far, kept on the parser's context of that object, so
 * that a key used twice is refused as Jackson's strict duplicate detection refuses it (and with
 * its message), at the cost of a bit per builder property instead of a hash set per object.
 * Properties are marked by index ({@link BuilderProperty}); other keys (the {@code kind} or
 * {@code type} read before the builder, unknown fields) by name.
 */
final class ObjectKeys {
  private long bits;
  private long[] moreBits;
  private String[] names;
  private int count;

  private ObjectKeys() {}

  /**
   * The keys of the object whose field value the parser stands on. When that value is itself
   * an object or array, the parser's context is already the value's, so its parent is taken.
   */
  static ObjectKeys of(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    if (context == null) {
      return new ObjectKeys();
    }
    Object current = context.currentValue();
    if (current instanceof ObjectKeys) {
      return (ObjectKeys) current;
    }
    ObjectKeys keys = new ObjectKeys();
    context.assignCurrentValue(keys);
    return keys;
  }

  /** Marks a builder property by its index; refuses it if the object used its key before. */
  void property(int index, String name, JsonParser p) {
    if (index < 64) {
      long bit = 1L << index;
      if ((bits & bit) != 0) {
        throw duplicate(p, name);
      }
      bits |= bit;
    } else {
      int word = index / 64 - 1;
      if (moreBits == null || moreBits.length <= word) {
        long[] grown = new long[word + 1];
        if (moreBits != null) {
          System.arraycopy(moreBits, 0, grown, 0, moreBits.length);
        }
        moreBits = grown;
      }
      long bit = 1L << (index % 64);
      if ((moreBits[word] & bit) != 0) {
        throw duplicate(p, name);
      }
      moreBits[word] |= bit;
    }
    if (names != null && contains(name)) {
      throw duplicate(p, name);
    }
  }

  /** Marks a key that is not a builder property; refuses it if the object used it before. */
  void name(String name, JsonParser p) {
    if (names == null) {
      names = new String[4];
    } else if (contains(name)) {
      throw duplicate(p, name);
    } else if (count == names.length) {
      names = java.util.Arrays.copyOf(names, count * 2);
    }
    names[count++] = name;
  }

  private boolean contains(String name) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skips the value the parser stands on, refusing a key used twice in any object within it:
   * for the value of an unknown field, which no builder reads.
   */
  static void skip(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    Deque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        open.push(new HashSet<>());
      } else if (t == JsonToken.START_ARRAY) {
        open.push(Set.of());
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
      } else if (t == JsonToken.PROPERTY_NAME && !open.peek().add(p.currentName())) {
        throw duplicate(p, p.currentName());
      }
    }
  }

  static StreamReadException duplicate(JsonParser p, String name) {
    return new StreamReadException(p, "Duplicate Object property \"" + name + "\"");
  }
}
