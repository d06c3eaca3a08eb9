package org.compacts.json;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Enum values in JSON are the constant names in kebab case: {@code VOLUNTARY_COMMUNITY} is
 * {@code "voluntary-community"}, as Jackson's own {@link EnumNamingStrategies#KEBAB_CASE}
 * names them. Jackson writes them by that strategy ({@link KebabNaming}, set on each enum by
 * {@link CompactsModule}); reading is this class's, which accepts exactly those names and
 * says which ones it expected when a value is not one of them.
 */
final class KebabEnums {
  private KebabEnums() {}

  /** Gives each enum Jackson's kebab-case naming, as a mix-in. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  interface KebabNaming {}

  /** The JSON name of an enum constant, as Jackson's kebab-case strategy writes it. */
  static String name(Enum<?> constant) {
    // The strategy reads neither the configuration nor the class: the name alone decides.
    return EnumNamingStrategies.KEBAB_CASE.convertEnumToExternalName(null, null,
        constant.name());
  }

  /** The JSON names of an enum's constants, in declaration order. */
  static List<String> names(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(KebabEnums::name).collect(Collectors.toList());
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
