package org.compacts.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Amounts of money are JSON numbers read exactly, as the decimal the document writes (never
 * through a binary {@code double}): {@code 1000.10} stays {@code 1000.10}. A string, or a
 * number beyond any sum of money (more than {@value #MAX_WHOLE_DIGITS} digits before the point
 * or {@value #MAX_FRACTION_DIGITS} after it, as {@code 1e999999} would be), is an error.
 */
final class Amounts {
  /** Most digits before the decimal point: a billion billion, far beyond any award. */
  static final int MAX_WHOLE_DIGITS = 18;

  /** Most digits after the decimal point. */
  static final int MAX_FRACTION_DIGITS = 6;

  private Amounts() {}

  /** Reads an amount. */
  static final class Deserializer extends StdScalarDeserializer<BigDecimal> {
    Deserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw InputProblem.of(p, BigDecimal.class, "wrong-type", "Expected an amount such as"
            + " 2500.00, but found " + Texts.describe(token) + ".");
      }
      String text = p.getString();
      BigDecimal amount;
      try {
        amount = new BigDecimal(text);
      } catch (NumberFormatException e) {
        amount = null;   // an exponent beyond an int
      }
      BigDecimal digits = amount == null ? null : amount.stripTrailingZeros();
      if (digits == null || digits.precision() - digits.scale() > MAX_WHOLE_DIGITS
          || digits.scale() > MAX_FRACTION_DIGITS) {
        throw InputProblem.of(p, BigDecimal.class, "out-of-range", "'" + Texts.clip(text)
            + "' is not an amount this library reads: at most " + MAX_WHOLE_DIGITS
            + " digits before the point and " + MAX_FRACTION_DIGITS + " after it.");
      }
      return amount;
    }
  }
}
