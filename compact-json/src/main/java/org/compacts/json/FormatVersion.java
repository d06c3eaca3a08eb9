package org.compacts.json;

import org.compacts.model.Compact;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/**
 * The {@code formatVersion} of a compact document: {@code "MAJOR.MINOR"}. This library writes
 * {@value #CURRENT}; it reads any {@code 1.x} (a newer minor version only adds optional
 * fields) and refuses another major version.
 */
final class FormatVersion {
  /** The JSON field. */
  static final String FIELD = "formatVersion";

  /** The version this library writes. */
  static final String CURRENT = "1.0";

  /** The major version this library reads. */
  static final int MAJOR = 1;

  private FormatVersion() {}

  /**
   * Checks the value the parser stands on.
   *
   * @throws InputProblem when it is not a version this library reads
   */
  static void check(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw at(InputProblem.of(p, String.class, "wrong-type", "The formatVersion must be a"
          + " string such as \"" + CURRENT + "\", but is " + Texts.describe(p.currentToken()) + "."));
    }
    String text = p.getString();
    int dot = text.indexOf('.');
    int major = dot > 0 && dot < text.length() - 1 ? digits(text, 0, dot) : -1;
    int minor = major >= 0 ? digits(text, dot + 1, text.length()) : -1;
    if (major < 0 || minor < 0) {
      throw at(InputProblem.of(p, String.class, "bad-format-version", "The formatVersion '"
          + Texts.clip(text) + "' is not a version; it is written MAJOR.MINOR, such as \""
          + CURRENT + "\"."));
    }
    if (major > MAJOR) {
      throw at(InputProblem.of(p, String.class, "newer-format-version", "This document's"
          + " formatVersion is " + text + ", a newer major version than this library reads ("
          + MAJOR + ".x); read it with a newer version of the compacts library."));
    }
    if (major < MAJOR) {
      throw at(InputProblem.of(p, String.class, "unsupported-format-version", "This document's"
          + " formatVersion " + text + " is not supported; this library reads format " + MAJOR + ".x."));
    }
  }

  /** The minor version this library writes. */
  static final int MINOR = 0;

  /** Tells whether a version read (already checked) is a newer minor version than ours. */
  static boolean newerMinor(String version) {
    if (version == null) {
      return false;
    }
    int dot = version.indexOf('.');
    return digits(version, 0, dot) == MAJOR && digits(version, dot + 1, version.length()) > MINOR;
  }

  /** The problem of a document with no formatVersion. */
  static InputProblem missing(JsonParser p) {
    return at(InputProblem.of(p, Compact.class, "missing-format-version", "The document has no"
        + " formatVersion; a compact document starts with \"" + FIELD + "\": \"" + CURRENT
        + "\"."));
  }

  private static InputProblem at(InputProblem problem) {
    problem.prependPath(Compact.class, FIELD);
    return problem;
  }

  /** The number the digits between two indexes make, or -1 if not all digits (or too many). */
  private static int digits(String text, int from, int to) {
    if (to - from > 6) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Writes {@code "formatVersion": "1.0"} as the first field of a compact. */
  static final class Writer extends VirtualBeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    /** The blueprint Jackson creates before {@link #withConfig}. */
    Writer() {}

    private Writer(BeanPropertyDefinition propDef, Annotations annotations, JavaType type) {
      super(propDef, annotations, type);
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config,
        AnnotatedClass declaringClass, BeanPropertyDefinition propDef, JavaType type) {
      return new Writer(propDef, declaringClass.getAnnotations(), type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator g, SerializationContext ctxt) {
      return CURRENT;
    }
  }
}
