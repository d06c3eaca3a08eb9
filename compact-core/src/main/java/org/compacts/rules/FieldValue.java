package org.compacts.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a field this version of the library does not know, kept exactly as a document
 * gave it: text, a number (its digits as written), true or false, null, a list or an object of
 * named values in their order. An {@link UnknownRule} holds its fields as such values, so that
 * writing it gives back what was read.
 *
 * <pre>{@code
 * FieldValue days = FieldValue.number("20");
 * FieldValue bases = FieldValue.list(List.of(FieldValue.text("invoice-received")));
 * days.asNumber();   // 20
 * }</pre>
 *
 * <p>Instances are immutable, with value equality (a number equals one written the same way).
 */
public final class FieldValue {
  /** What kind of value it is. */
  public enum Kind {
    /** Text. */
    TEXT,
    /** A number, kept as written. */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** Null. */
    NULL,
    /** A list of values. */
    LIST,
    /** Named values, in order. */
    OBJECT
  }

  private static final FieldValue NULL = new FieldValue(Kind.NULL, null);
  private static final FieldValue TRUE = new FieldValue(Kind.BOOLEAN, Boolean.TRUE);
  private static final FieldValue FALSE = new FieldValue(Kind.BOOLEAN, Boolean.FALSE);

  private final Kind kind;
  private final Object value;

  private FieldValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * Returns text.
   *
   * @param text the text
   * @return the value
   */
  public static FieldValue text(String text) {
    return new FieldValue(Kind.TEXT, Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns a number as written, such as {@code 20}, {@code -1.50} or {@code 1e3}.
   *
   * @param digits the number as written
   * @return the value
   * @throws NumberFormatException if the text is not a number
   */
  public static FieldValue number(String digits) {
    Objects.requireNonNull(digits, "digits");
    new BigDecimal(digits);
    return new FieldValue(Kind.NUMBER, digits);
  }

  /**
   * Returns true or false.
   *
   * @param value the boolean
   * @return the value
   */
  public static FieldValue bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** Returns null, the value a document gives as {@code null}. */
  public static FieldValue nothing() {
    return NULL;
  }

  /**
   * Returns a list.
   *
   * @param elements the elements, in order
   * @return the value
   */
  public static FieldValue list(List<FieldValue> elements) {
    return new FieldValue(Kind.LIST, List.copyOf(elements));
  }

  /**
   * Returns named values, in the order given.
   *
   * @param fields the values by name
   * @return the value
   */
  public static FieldValue object(Map<String, FieldValue> fields) {
    Map<String, FieldValue> copy = new LinkedHashMap<>();
    fields.forEach((name, v) -> copy.put(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(v, "value")));
    return new FieldValue(Kind.OBJECT, Collections.unmodifiableMap(copy));
  }

  /** What kind of value this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the text.
   *
   * @return the text
   * @throws IllegalStateException if this is not text
   */
  public String asText() {
    return (String) as(Kind.TEXT);
  }

  /**
   * Returns the number as written.
   *
   * @return the digits
   * @throws IllegalStateException if this is not a number
   */
  public String asDigits() {
    return (String) as(Kind.NUMBER);
  }

  /**
   * Returns the number, exactly.
   *
   * @return the number
   * @throws IllegalStateException if this is not a number
   */
  public BigDecimal asNumber() {
    return new BigDecimal(asDigits());
  }

  /**
   * Returns the boolean.
   *
   * @return the boolean
   * @throws IllegalStateException if this is not true or false
   */
  public boolean asBoolean() {
    return (Boolean) as(Kind.BOOLEAN);
  }

  /**
   * Returns the elements.
   *
   * @return the elements, in order
   * @throws IllegalStateException if this is not a list
   */
  @SuppressWarnings("unchecked")
  public List<FieldValue> asList() {
    return (List<FieldValue>) as(Kind.LIST);
  }

  /**
   * Returns the named values.
   *
   * @return the values by name, in order
   * @throws IllegalStateException if this is not an object
   */
  @SuppressWarnings("unchecked")
  public Map<String, FieldValue> asObject() {
    return (Map<String, FieldValue>) as(Kind.OBJECT);
  }

  private Object as(Kind wanted) {
    if (kind != wanted) {
      throw new IllegalStateException("This value is " + kind + ", not " + wanted + ": " + this);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FieldValue)) {
      return false;
    }
    FieldValue that = (FieldValue) other;
    return kind == that.kind && Objects.equals(value, that.value)
        && (kind != Kind.OBJECT || List.copyOf(asObject().keySet())
            .equals(List.copyOf(that.asObject().keySet())));
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Objects.hashCode(value);
  }

  /** The value in JSON-like notation, for messages. */
  @Override
  public String toString() {
    switch (kind) {
      case TEXT:
        return '"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      case NULL:
        return "null";
      default:
        return String.valueOf(value);
    }
  }
}
