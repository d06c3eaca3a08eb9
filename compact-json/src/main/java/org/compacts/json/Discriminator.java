package org.compacts.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserSequence;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Finds the field that says how to read an object ({@code formatVersion} of a document,
 * {@code kind} of a rule, {@code type} of an event) in one pass: when it is the first field,
 * as this library writes it, nothing is buffered; otherwise the fields before it are buffered
 * and replayed. Buffering starts on a field's name, so that the replayed fields keep their
 * JSON paths. The field is marked in the object's {@link ObjectKeys}, which the replayed
 * fields share with those after them, so that a key used twice is refused wherever it stands.
 */
final class Discriminator {
  private Discriminator() {}

  /** What was found: the value the field's check gave, and a parser on the other fields. */
  static final class Found<T> {
    final T value;
    final JsonParser rest;

    Found(T value, JsonParser rest) {
      this.value = value;
      this.rest = rest;
    }
  }

  /**
   * Finds a field of the object the parser stands on (at its start or at a field name).
   *
   * @param field the field's name
   * @param check reads the field's value, the parser standing on it; throws if it is wrong
   * @param missing the problem when the object has no such field
   * @param notObject the problem when the parser is not on an object
   * @return the checked value and a parser standing on the next field name or the object's end
   */
  static <T> Found<T> find(JsonParser p, DeserializationContext ctxt, String field,
      Function<JsonParser, T> check, Function<JsonParser, InputProblem> missing,
      Function<JsonParser, InputProblem> notObject) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
      throw notObject.apply(p);
    }
    TokenBuffer buffer = null;
    for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      if (field.equals(p.currentName())) {
        p.nextToken();
        ObjectKeys keys = ObjectKeys.of(p);
        keys.name(field, p);
        T value = check.apply(p);
        if (buffer == null) {
          p.nextToken();
          return new Found<>(value, p);
        }
        p.clearCurrentToken();
        JsonParser replay = JsonParserSequence.createFlattened(false,
            buffer.asParser(ctxt, p), p);
        replay.nextToken();
        replay.streamReadContext().assignCurrentValue(keys);
        return new Found<>(value, replay);
      }
      if (buffer == null) {
        buffer = ctxt.bufferForInputBuffering(p);
      }
      buffer.copyCurrentStructure(p);
    }
    throw missing.apply(p);
  }
}
