package org.compacts.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.ContainerDeserializerBase;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads on past a wrong value, so that one read reports every wrong value of a document and
 * not only the first: a property whose value is refused (an impossible date, an unknown enum
 * value, a string where a number belongs) is recorded in the {@link ReadState} and given a
 * stand-in of its type, and the read goes on. The stand-ins never leave the read: a read with
 * wrong values throws them all. Only values the parser has read whole are passed over this
 * way; a document that is not well-formed JSON still stops the read where it breaks.
 */
final class WrongValues {
  private WrongValues() {}

  /**
   * Deserializes a property's value; when it is wrong, records why and returns a stand-in.
   *
   * @param standIn the value that stands in for a wrong one ({@link #standIn(Class)})
   * @param name the property's name in JSON
   * @param read the read of the value, the parser on its first token
   * @return the value, or a stand-in of the type when the value was wrong
   * @throws JacksonException when the value is wrong in a way that cannot be passed over, or
   *     outside a read that collects
   */
  static Object read(JsonParser p, DeserializationContext ctxt, Object standIn, String name,
      ValueDeserializer<?> deserializer, ValueReader read) {
    ReadState state = ReadState.of(ctxt);
    if (state == null) {
      return read.read();
    }
    JsonToken first = p.currentToken();
    TokenStreamContext at = p.streamReadContext();
    try {
      return read.read();
    } catch (MismatchedInputException | InputCoercionException e) {
      // Jackson's path, built while unwinding, says where under this value it failed.
      List<JacksonException.Reference> path = e.getPath();
      JsonToken now = p.currentToken();
      // Where the value stands is composed only now, for a wrong one: the contexts it is
      // composed from are as they were before the read whenever a value is passed over.
      if (path.isEmpty() && now == first && p.streamReadContext() == at) {
        state.wrong(found(e, pointer(at, first, name)));
        p.skipChildren();
        return standIn;
      }
      if (path.size() == 1 && path.get(0).getIndex() >= 0 && first == JsonToken.START_ARRAY
          && p.streamReadContext() == at && now != null && !now.isStructStart()
          && now != JsonToken.END_ARRAY) {
        String pointer = pointer(at, first, name);
        state.wrong(found(e, pointer + "/" + path.get(0).getIndex()));
        rest(p, ctxt, state, pointer, deserializer);
        return standIn;
      }
      throw e;
    }
  }

  /** Reads a value. */
  @FunctionalInterface
  interface ValueReader {
    Object read();
  }

  /**
   * Reads the elements after a wrong one to the end of their array, recording every wrong
   * one; leaves the parser on the array's end.
   */
  private static void rest(JsonParser p, DeserializationContext ctxt, ReadState state,
      String pointer, ValueDeserializer<?> deserializer) {
    ValueDeserializer<Object> elements = deserializer instanceof ContainerDeserializerBase
        ? ((ContainerDeserializerBase<?>) deserializer).getContentDeserializer()
        : deserializer instanceof UniqueSetDeserializer
            ? ((UniqueSetDeserializer) deserializer).elements() : null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw MismatchedInputException.from(p, Object.class, "Unexpected end of the document.");
      }
      int index = p.streamReadContext().getCurrentIndex();
      if (elements == null) {
        p.skipChildren();
        continue;
      }
      TokenStreamContext at = p.streamReadContext();
      try {
        if (t == JsonToken.VALUE_NULL) {
          throw InputProblem.of(p, Object.class, "null-value",
              "The value null is not allowed in this list.");
        }
        elements.deserialize(p, ctxt);
      } catch (MismatchedInputException | InputCoercionException e) {
        if (!e.getPath().isEmpty() || p.currentToken() != t || p.streamReadContext() != at) {
          throw e;
        }
        state.wrong(found(e, pointer + "/" + index));
        p.skipChildren();
      }
    }
  }

  private static Problems.Found found(JacksonException e, String pointer) {
    Problems.Found f = Problems.of(e, () -> pointer).get(0);
    return new Problems.Found(f.code, pointer, f.message, null);
  }

  /**
   * The JSON Pointer of the property about to be read: its object's pointer and its name. The
   * object's pointer is composed from the contexts above it, as {@link ReadState} composes an
   * unknown field's.
   */
  private static String pointer(TokenStreamContext at, JsonToken first, String name) {
    TokenStreamContext object = at;
    if (first != null && first.isStructStart() && object != null) {
      object = object.getParent();
    }
    TokenStreamContext above = object == null ? null : object.getParent();
    String base = above == null ? "" : above.pathAsPointer().toString();
    return base + "/" + Texts.escapePointer(name);
  }

  /**
   * A value of the type to stand in for a wrong one, or null when there is none: made once per
   * property, since reading a value must not pay for it.
   */
  static Object standIn(Class<?> type) {
    if (type == String.class) {
      return "";
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.FALSE;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2000, 1, 1);
    }
    if (type == YearMonth.class) {
      return YearMonth.of(2000, 1);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == List.class || type == Iterable.class || type == java.util.Collection.class) {
      return List.of();
    }
    return null;
  }
}
