package org.compacts.json;

import tools.jackson.core.JsonToken;

/** Small helpers to word messages about JSON input. */
final class Texts {
  private static final int CLIP = 60;

  private Texts() {}

  /** A value shortened for a message, so that a huge input does not make a huge message. */
  static String clip(String text) {
    if (text.length() <= CLIP) {
      return text;
    }
    return text.substring(0, CLIP) + "...";
  }

  /** What a token is, in words: "a number", "an array". */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case PROPERTY_NAME:
        return "a field";
      default:
        return "an unexpected value";
    }
  }

  /** Escapes one JSON Pointer reference token (RFC 6901). */
  static String escapePointer(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
