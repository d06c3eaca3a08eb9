package org.compacts.json;

import org.compacts.model.Compact;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a compact document: checks {@code formatVersion}, then hands the other fields to the
 * builder-based deserializer of {@link Compact}, in the same pass over the tokens.
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
    Discriminator.Found<String> found = Discriminator.find(p, ctxt, FormatVersion.FIELD,
        FormatVersion::check, FormatVersion::missing,
        at -> InputProblem.of(at, Compact.class, "wrong-type", Binder.COMPACT_DOCUMENT
            + ", found " + Texts.describe(at.currentToken()) + "."));
    ReadState state = ReadState.of(ctxt);
    if (state != null) {
      state.formatVersion = found.value;
    }
    return _delegatee.deserialize(found.rest, ctxt);
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
