package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.CharConversionException;
import java.lang.reflect.Method;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson throws into problems a person can act on: a code, the JSON Pointer of
 * the element (Jackson's own paths name builder classes) and a plain sentence. A problem of the
 * token stream keeps the parser's location; the others are located later by their pointer.
 */
final class Problems {
  /** The most problems a read lists; past it, one more problem says how many were left out. */
  static final int LISTED = 100;
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

  private Problems() {}

  /** A problem before it is located: {@code at} is set for problems of the token stream. */
  static final class Found {
    final String code;
    final String pointer;
    final String message;
    final TokenStreamLocation at;

    Found(String code, String pointer, String message, TokenStreamLocation at) {
      this.code = code;
      this.pointer = pointer;
      this.message = message;
      this.at = at;
    }
  }

  /**
   * Translates an exception of a read.
   *
   * @param failure finds the pointer where the token stream fails, when Jackson cannot say
   */
  static List<Found> of(JacksonException e, Supplier<String> failure) {
    if (e instanceof InputProblem) {
      return List.of(new Found(((InputProblem) e).code(), pointer(e), e.getOriginalMessage(),
          null));
    }
    if (e instanceof InvalidNullException) {
      boolean element = !e.getPath().isEmpty()
          && e.getPath().get(e.getPath().size() - 1).getIndex() >= 0;
      return List.of(new Found("null-value", pointer(e), element
          ? "The value null is not allowed in this list."
          : "The value null is not allowed here; this field needs a value.", null));
    }
    if (e instanceof ValueInstantiationException) {
      return missing((ValueInstantiationException) e);
    }
    if (e instanceof MismatchedInputException) {
      return List.of(mismatch((MismatchedInputException) e));
    }
    if (e instanceof InputCoercionException) {
      return List.of(new Found("number-out-of-range", pointer(e), "This number is out of range;"
          + " a whole number here is from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ".", null));
    }
    if (e instanceof StreamConstraintsException) {
      return List.of(constraint(e, failure.get()));
    }
    if (e instanceof StreamReadException) {
      return List.of(syntax(e, failure));
    }
    if (e instanceof JacksonIOException) {
      Throwable cause = e.getCause();
      boolean encoding = cause instanceof CharConversionException
          || cause instanceof CharacterCodingException;
      return List.of(new Found(encoding ? "not-utf-8" : "read-error", failure.get(),
          (encoding ? "The document is not valid UTF-8: " : "The document could not be read: ")
              + cause.getMessage() + ".", e.getLocation()));
    }
    return List.of(new Found("invalid", pointer(e), firstLine(e.getOriginalMessage()) + ".",
        null));
  }

  /** The JSON Pointer of the path Jackson built while unwinding. */
  static String pointer(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        out.append('/').append(Texts.escapePointer(ref.getPropertyName()));
      } else if (ref.getIndex() >= 0) {
        out.append('/').append(ref.getIndex());
      }
    }
    return out.toString();
  }

  private static List<Found> missing(ValueInstantiationException e) {
    Throwable cause = e.getCause();
    Matcher m = cause == null || cause.getMessage() == null ? null
        : MISSING.matcher(cause.getMessage());
    if (m == null || !m.find()) {
      return List.of(new Found("invalid", pointer(e), cause != null && cause.getMessage() != null
          ? cause.getMessage() : firstLine(e.getOriginalMessage()), null));
    }
    Class<?> builder = e.getType() == null ? null : e.getType().getRawClass();
    List<Found> found = new ArrayList<>();
    for (String attribute : m.group(1).split(",\\s*")) {
      String field = jsonName(builder, attribute.trim());
      found.add(new Found("missing-field", pointer(e) + "/" + Texts.escapePointer(field),
          "The required field '" + field + "' is missing.", null));
    }
    return found;
  }

  /** The JSON name of a builder attribute, from its mix-in ({@code periodFrom} is "from"). */
  private static String jsonName(Class<?> builder, String attribute) {
    Class<?> mixin = ModelMixins.ALL.get(builder);
    if (mixin == null) {
      mixin = RuleMixins.ALL.get(builder);
    }
    if (mixin != null) {
      for (Method method : mixin.getDeclaredMethods()) {
        JsonProperty property = method.getAnnotation(JsonProperty.class);
        if (method.getName().equals(attribute) && property != null) {
          return property.value();
        }
      }
    }
    return attribute;
  }

  private static Found mismatch(MismatchedInputException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      return new Found("trailing-content", "", "There is more content after the end of the"
          + " document; a document holds one JSON value.", e.getLocation());
    }
    if (message.startsWith("No content to map")) {
      return new Found("empty", "", "The document is empty.", e.getLocation());
    }
    String found = Texts.describe(e.getCurrentToken());
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getValue() != null
        && e.getCurrentToken() != JsonToken.VALUE_STRING) {
      found += " (" + Texts.clip(String.valueOf(((InvalidFormatException) e).getValue())) + ")";
    }
    return new Found("wrong-type", pointer(e), "Expected " + expected(e.getTargetType())
        + ", but found " + found + ".", null);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      return "an object";
    }
    return "another kind of value";
  }

  private static Found constraint(JacksonException e, String pointer) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Document nesting depth")) {
      return new Found("too-deep", pointer, "The document nests arrays and objects deeper than "
          + Mappers.MAX_DEPTH + " levels.", e.getLocation());
    }
    if (message.startsWith("String value length")) {
      return new Found("too-long", pointer, "This string is longer than " + Mappers.MAX_STRING
          + " characters.", e.getLocation());
    }
    if (message.startsWith("Number value length")) {
      return new Found("too-long", pointer, "This number is longer than " + Mappers.MAX_NUMBER
          + " characters.", e.getLocation());
    }
    if (message.startsWith("Name length")) {
      return new Found("too-long", pointer, "A field name here is longer than "
          + Mappers.MAX_NAME + " characters.", e.getLocation());
    }
    if (message.startsWith("Document length") || message.startsWith("Token count")) {
      return new Found("too-large", pointer, "The document is larger than "
          + (Mappers.MAX_DOCUMENT / (1024 * 1024)) + " MB, the most this library reads.",
          e.getLocation());
    }
    return new Found("too-large", pointer, firstLine(message) + ".", e.getLocation());
  }

  private static Found syntax(JacksonException e, Supplier<String> failure) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      String key = duplicate.group(1);
      String at = failure.get();
      String segment = "/" + Texts.escapePointer(key);
      return new Found("duplicate-key", at.endsWith(segment) ? at : at + segment,
          "The key '" + Texts.clip(key) + "' appears twice in this object; a key may appear"
              + " only once.", e.getLocation());
    }
    if (message.contains("UTF-8") || message.contains("UTF8")) {
      return new Found("not-utf-8", failure.get(), "The document is not valid UTF-8: "
          + uncapitalise(firstLine(message)) + ".", e.getLocation());
    }
    return new Found("syntax", failure.get(), "The document is not well-formed JSON: "
        + uncapitalise(firstLine(message)) + ".", e.getLocation());
  }

  /** The first line of a Jackson message, without its pointers into the source. */
  private static String firstLine(String message) {
    if (message == null) {
      return "Unreadable input";
    }
    String line = message.split("\n", 2)[0];
    int marker = line.indexOf(" (start marker at");
    if (marker >= 0) {
      line = line.substring(0, marker);
    }
    line = line.trim();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String uncapitalise(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
