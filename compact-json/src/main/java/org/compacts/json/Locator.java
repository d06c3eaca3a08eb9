package org.compacts.json;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Scans a document once with the streaming parser to find where elements are: the start of
 * each JSON Pointer asked for (the field name of an object member, the first token of an array
 * element), or of its nearest existing ancestor when the element is missing. Used only when a
 * read has problems, so the happy path parses once.
 */
final class Locator {
  private static final ObjectMapper LOCATING = Mappers.locating();
  private final Set<String> wanted;
  private final Map<String, TokenStreamLocation> found = new HashMap<>();
  private final Deque<Frame> open = new ArrayDeque<>();
  private String member;

  /** An array or object being scanned: its pointer and, for an array, the current index. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    int index = -1;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }

  private Locator(Collection<String> pointers) {
    wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (int i = pointer.indexOf('/'); i >= 0; i = pointer.indexOf('/', i + 1)) {
        wanted.add(pointer.substring(0, i));
      }
      wanted.add(pointer);
    }
  }

  /**
   * Locates pointers.
   *
   * @return for each pointer, where it (or its nearest existing ancestor) starts
   */
  static Map<String, TokenStreamLocation> locate(Source source, Collection<String> pointers) {
    Locator locator = new Locator(pointers);
    locator.scan(LOCATING, source);
    Map<String, TokenStreamLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      String at = pointer;
      while (!locator.found.containsKey(at) && !at.isEmpty()) {
        at = at.substring(0, at.lastIndexOf('/'));
      }
      result.put(pointer, locator.found.get(at));
    }
    return result;
  }

  /**
   * Finds where the parser fails on a document it cannot read: the pointer of the element it
   * was reading, from the parser's own context. Strings are decoded on the way (the parser
   * decodes them lazily), so that a string too long or not UTF-8 fails here as it did in the
   * read.
   */
  static String failure(ObjectMapper mapper, Source source) {
    try (JsonParser p = source.parser(mapper)) {
      try {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            p.getString();
          }
        }
      } catch (JacksonException e) {
        return p.streamReadContext().pathAsPointer().toString();
      }
      return "";
    }
  }

  /** Scans to the end, or to the first failure. */
  private void scan(ObjectMapper mapper, Source source) {
    try (JsonParser p = source.parser(mapper)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        token(p, t);
      }
    } catch (JacksonException e) {
      // The elements before the failure are located; the failure is reported on its own.
      return;
    }
  }

  private void token(JsonParser p, JsonToken t) {
    switch (t) {
      case PROPERTY_NAME:
        member = open.peek().pointer + "/" + Texts.escapePointer(p.currentName());
        record(member, p);
        return;
      case END_OBJECT:
      case END_ARRAY:
        open.pop();
        return;
      default:
        String at;
        if (open.isEmpty()) {
          at = "";
          record(at, p);
        } else if (open.peek().array) {
          at = open.peek().pointer + "/" + ++open.peek().index;
          record(at, p);
        } else {
          at = member;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          open.push(new Frame(at, t == JsonToken.START_ARRAY));
        }
    }
  }

  private void record(String pointer, JsonParser p) {
    if (wanted.contains(pointer)) {
      found.putIfAbsent(pointer, p.currentTokenLocation());
    }
  }
}
