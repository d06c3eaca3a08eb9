package org.compacts.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a JSON array into the values of a set attribute (such as {@code affects}), refusing a
 * value given twice rather than dropping it silently. Put on a builder method that takes an
 * {@code Iterable<E>}; the element type comes from that parameter.
 */
final class UniqueSetDeserializer extends StdDeserializer<List<Object>> {
  /** Up to this many values, a repeat is looked for in the list itself, without a hash set. */
  private static final int LINEAR = 8;

  private final ValueDeserializer<Object> elements;

  UniqueSetDeserializer() {
    this(null);
  }

  private UniqueSetDeserializer(ValueDeserializer<Object> elements) {
    super(List.class);
    this.elements = elements;
  }

  /** The deserializer of the elements, once contextual. */
  ValueDeserializer<Object> elements() {
    return elements;
  }

  @Override
  public ValueDeserializer<?> createContextual(DeserializationContext ctxt,
      BeanProperty property) {
    JavaType type = property.getType();
    JavaType element = type.containedTypeOrUnknown(0);
    return new UniqueSetDeserializer(ctxt.findContextualValueDeserializer(element, property));
  }

  @Override
  public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.isExpectedStartArrayToken()) {
      throw InputProblem.of(p, List.class, "wrong-type", "Expected an array, but found "
          + Texts.describe(p.currentToken()) + ".");
    }
    List<Object> values = new ArrayList<>();
    Set<Object> seen = null;
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      Object value;
      try {
        if (t == JsonToken.VALUE_NULL) {
          throw InputProblem.of(p, List.class, "null-value", "The value null is not allowed in this list.");
        }
        value = elements.deserialize(p, ctxt);
        boolean repeated;
        if (seen == null && values.size() < LINEAR) {
          repeated = values.contains(value);
        } else {
          if (seen == null) {
            seen = new HashSet<>(values);
          }
          repeated = !seen.add(value);
        }
        if (repeated) {
          throw InputProblem.of(p, List.class, "duplicate-value", "'" + p.getString()
              + "' is given twice; each value may appear only once in this list.");
        }
      } catch (JacksonException e) {
        throw e.prependPath(values, index);
      }
      values.add(value);
    }
    return values;
  }
}
