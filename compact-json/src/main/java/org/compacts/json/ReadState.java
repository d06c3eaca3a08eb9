package org.compacts.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
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

  /** An unknown field: its pointer and a sentence naming the fields that are known. */
  static final class Unknown {
    final String pointer;
    final String message;

    Unknown(String pointer, String message) {
      this.pointer = pointer;
      this.message = message;
    }
  }

  final List<Unknown> unknown = new ArrayList<>();
  String formatVersion;

  static ReadState of(DeserializationContext ctxt) {
    Object state = ctxt.getAttribute(KEY);
    return state instanceof ReadState ? (ReadState) state : null;
  }

  /**
   * Skips an unknown field and records it, instead of failing at the first, so that a strict
   * read reports them all and a lenient read returns them as warnings. Without a state in the
   * context, Jackson's own handling applies.
   */
  static final class Collector extends DeserializationProblemHandler {
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
      state.unknown.add(new Unknown(p.streamReadContext().pathAsPointer().toString(), message));
      p.skipChildren();
      return true;
    }
  }
}
