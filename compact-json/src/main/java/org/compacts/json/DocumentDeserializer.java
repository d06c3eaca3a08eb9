package org.compacts.json;

import org.compacts.model.Compact;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserSequence;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a compact document: checks {@code formatVersion}, then hands the other fields to the
 * builder-based deserializer of {@link Compact}. The version is checked in the one pass over
 * the tokens; when it is not the first field (as this library writes it), the fields before
 * it are buffered and replayed.
 */
final class DocumentDeserializer extends DelegatingDeserializer {
  DocumentDeserializer(ValueDeserializer<?> delegatee) {
    super(delegatee);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new DocumentDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
      throw InputProblem.of(p, Compact.class, "wrong-type", "A compact document is a JSON"
          + " object, but this is " + Texts.describe(t) + ".");
    }
    if (t == JsonToken.PROPERTY_NAME && FormatVersion.FIELD.equals(p.currentName())) {
      p.nextToken();
      check(p, ctxt);
      p.nextToken();
      return _delegatee.deserialize(p, ctxt);
    }
    TokenBuffer buffer = null;
    for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (FormatVersion.FIELD.equals(name)) {
        check(p, ctxt);
        p.clearCurrentToken();
        JsonParser replay = JsonParserSequence.createFlattened(false, buffer.asParser(ctxt, p), p);
        replay.nextToken();
        return _delegatee.deserialize(replay, ctxt);
      }
      if (buffer == null) {
        buffer = ctxt.bufferForInputBuffering(p);
      }
      buffer.writeName(name);
      buffer.copyCurrentStructure(p);
    }
    throw FormatVersion.missing(p);
  }

  private static void check(JsonParser p, DeserializationContext ctxt) {
    FormatVersion.check(p);
    ReadState state = ReadState.of(ctxt);
    if (state != null) {
      state.formatVersion = p.getString();
    }
  }

  /** Puts this deserializer in front of the builder-based one of {@link Compact}. */
  static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
        BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (type == Compact.Builder.class || type == Compact.class) {
        return new DocumentDeserializer(deserializer);
      }
      return deserializer;
    }
  }
}
