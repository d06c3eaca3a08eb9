package org.compacts.json;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Enum values in JSON are the constant names in kebab case: {@code VOLUNTARY_COMMUNITY} is
 * {@code "voluntary-community"}. Reading accepts exactly those names, nothing else.
 */
final class KebabEnums {
  private KebabEnums() {}

  /** The JSON name of an enum constant. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The JSON names of an enum's constants, in declaration order. */
  static List<String> names(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(KebabEnums::name).collect(Collectors.toList());
  }

  /** Writes a constant as its kebab-case name, from a precomputed table. */
  static final class Serializer<E extends Enum<E>> extends StdScalarSerializer<E> {
    private final SerializableString[] names;

    Serializer(Class<E> type) {
      super(type);
      E[] constants = type.getEnumConstants();
      names = new SerializableString[constants.length];
      for (E constant : constants) {
        names[constant.ordinal()] = new SerializedString(name(constant));
      }
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(names[value.ordinal()]);
    }
  }

  /**
   * Reads a kebab-case name, matched by {@link Names} in the parser's own characters; any other
   * token or name is an error that lists the names.
   */
  static final class Deserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private final Class<E> type;
    private final E[] constants;
    private final Names names;
    private final String expected;

    Deserializer(Class<E> type) {
      super(type);
      this.type = type;
      this.constants = type.getEnumConstants();
      List<String> names = names(type);
      this.names = new Names(names);
      this.expected = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        int index = names.indexOf(p);
        if (index >= 0) {
          return constants[index];
        }
        throw InputProblem.of(p, type, "unknown-value", "'" + Texts.clip(p.getString())
            + "' is not a known value here; expected one of " + expected + ".");
      }
      throw InputProblem.of(p, type, "wrong-type", "Expected a string, one of " + expected
          + ", but found " + Texts.describe(p.currentToken()) + ".");
    }
  }
}
