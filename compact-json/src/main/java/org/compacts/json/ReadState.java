package org.compacts.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.compacts.model.Compact;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * What one read learns on the way, beside the value: the unknown fields it skipped and the
 * document's {@code formatVersion}. It travels in the read's context attributes under
 * {@link #KEY}, so that the shared mapper stays immutable.
 */
final class ReadState {
  /** The context attribute that holds the state of a read. */
  static final Object KEY = ReadState.class;

  /** The code of an unknown field. */
  static final String UNKNOWN_FIELD = "unknown-field";

  /**
   * Something unknown the read kept going past: a field (code {@code unknown-field}) or a rule
   * of an unknown kind ({@code unknown-kind}), its pointer and a sentence naming what is known.
   */
  static final class Unknown {
    final String code;
    final String pointer;
    final String message;

    Unknown(String code, String pointer, String message) {
      this.code = code;
      this.pointer = pointer;
      this.message = message;
    }
  }

  /** The most problems of one kind a read keeps; past it, it only counts them. */
  static final int KEPT = Problems.LISTED + 1;

  final List<Unknown> unknown = new ArrayList<>();
  /** The wrong values read past ({@link WrongValues}), located by pointer. */
  final List<Problems.Found> wrong = new ArrayList<>();
  /** How many problems were found beyond those kept. */
  int dropped;
  String formatVersion;

  /** Forgets what an earlier read learnt, for a state that is reused. */
  void clear() {
    unknown.clear();
    wrong.clear();
    dropped = 0;
    formatVersion = null;
  }

  /** Tells whether the read found nothing wrong so far. */
  boolean clean() {
    return unknown.isEmpty() && wrong.isEmpty() && dropped == 0;
  }

  void unknown(Unknown found) {
    if (unknown.size() < KEPT) {
      unknown.add(found);
    } else {
      dropped++;
    }
  }

  void wrong(Problems.Found found) {
    if (wrong.size() < KEPT) {
      wrong.add(found);
    } else {
      dropped++;
    }
  }

  static ReadState of(DeserializationContext ctxt) {
    Object state = ctxt.getAttribute(KEY);
    return state instanceof ReadState ? (ReadState) state : null;
  }

  /**
   * Skips an unknown field and records it, instead of failing at the first, so that a strict
   * read reports them all and a lenient read returns them as warnings; a compact document's
   * top-level {@code "$schema"} is skipped without a word. Without a state in the
   * context, Jackson's own handling applies.
   */
  static final class Collector extends DeserializationProblemHandler {
    /** A compact document's {@code "$schema"}, for editors: accepted and ignored. */
    private static final String SCHEMA = "$schema";

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      ReadState state = of(ctxt);
      if (state == null) {
        return false;
      }
      Collection<Object> known = deserializer.getKnownPropertyNames();
      String message = "'" + Texts.clip(propertyName) + "' is not a field here"
          + (known == null || known.isEmpty() ? "." : "; the fields are "
              + known.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
              + ".");
      ObjectKeys.of(p).name(propertyName, p);
      if (SCHEMA.equals(propertyName) && beanOrClass instanceof Compact.Builder
          && pointer(p, propertyName).equals("/" + SCHEMA)) {
        ObjectKeys.skip(p);
        return true;
      }
      state.unknown(new Unknown(UNKNOWN_FIELD, pointer(p, propertyName), message));
      ObjectKeys.skip(p);
      return true;
    }

    /**
     * The pointer of an unknown field: the pointer of its object, from the contexts above it,
     * and the field's name. Composed by hand because the context of a replayed buffer (a rule
     * whose {@code kind} is not its first field) does not give a field's own path reliably.
     */
    private static String pointer(JsonParser p, String name) {
      TokenStreamContext object = p.streamReadContext();
      if (p.currentToken() == JsonToken.START_OBJECT
          || p.currentToken() == JsonToken.START_ARRAY) {
        object = object.getParent();
      }
      TokenStreamContext above = object == null ? null : object.getParent();
      String at = above == null ? "" : above.pathAsPointer().toString();
      return at + "/" + Texts.escapePointer(name);
    }
  }
}
