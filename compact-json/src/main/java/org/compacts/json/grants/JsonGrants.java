package org.compacts.json.grants;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The grants of a 360Giving JSON package ({@code {"grants": [...]}}), read with Jackson's
 * streaming parser a grant at a time: the fields the events need are kept, everything else is
 * skipped unread, so a package of any size is read in the memory of one grant.
 */
final class JsonGrants implements GrantSource {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxStringLength(1024 * 1024)
          .maxNumberLength(64)
          .maxNameLength(1024)
          .build())
      .build();

  private final JsonParser parser;
  private boolean started;
  private boolean done;
  private long count;

  JsonGrants(InputStream in) {
    this.parser = FACTORY.createParser(ObjectReadContext.empty(), in);
  }

  @Override
  public Labels labels() {
    return Labels.JSON;
  }

  @Override
  public boolean next(RawGrant raw) {
    if (!started) {
      started = true;
      findGrants();
    }
    if (done) {
      return false;
    }
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      done = true;
      finish();
      return false;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    raw.start(++count, at.getLineNr(), at.getColumnNr());
    if (token != JsonToken.START_OBJECT) {
      raw.object = false;
      raw.problems.add("It is " + what(token) + ", not an object.");
      parser.skipChildren();
      return true;
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id":
          raw.id = text(raw, value, "id");
          break;
        case "awardDate":
          raw.awardDate = text(raw, value, "awardDate");
          break;
        case "currency":
          raw.currency = text(raw, value, "currency");
          break;
        case "amountAwarded":
          if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            raw.amount = parser.getDecimalValue();
          } else {
            raw.amountText = text(raw, value, "amountAwarded");
          }
          break;
        case "plannedDates":
          plannedDates(raw, value);
          break;
        case "fundingOrganization":
          raw.funder = firstId(raw, value, "fundingOrganization");
          break;
        case "recipientOrganization":
          raw.recipient = firstId(raw, value, "recipientOrganization");
          break;
        default:
          parser.skipChildren();
      }
    }
    return true;
  }

  /** Reads the first planned dates; any others are skipped. */
  private void plannedDates(RawGrant raw, JsonToken value) {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      raw.problems.add("Its plannedDates is " + what(value) + ", not an array.");
      parser.skipChildren();
      return;
    }
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken field = parser.nextToken();
        switch (name) {
          case "startDate":
            raw.startDate = text(raw, field, "plannedDates[0].startDate");
            break;
          case "endDate":
            raw.endDate = text(raw, field, "plannedDates[0].endDate");
            break;
          case "duration":
            raw.duration = text(raw, field, "plannedDates[0].duration");
            break;
          default:
            parser.skipChildren();
        }
      }
    } else if (first != JsonToken.END_ARRAY) {
      raw.problems.add("Its plannedDates[0] is " + what(first) + ", not an object.");
      parser.skipChildren();
    }
    if (first != JsonToken.END_ARRAY) {
      skipRest();
    }
  }

  /** Reads the {@code id} of the first organisation of an array; the others are skipped. */
  private String firstId(RawGrant raw, JsonToken value, String field) {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.START_ARRAY) {
      raw.problems.add("Its " + field + " is " + what(value) + ", not an array.");
      parser.skipChildren();
      return null;
    }
    JsonToken first = parser.nextToken();
    if (first == JsonToken.END_ARRAY) {
      return null;
    }
    String id = null;
    if (first == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        if (name.equals("id")) {
          id = text(raw, token, field + "[0].id");
        } else {
          parser.skipChildren();
        }
      }
    } else {
      raw.problems.add("Its " + field + "[0] is " + what(first) + ", not an object.");
      parser.skipChildren();
    }
    skipRest();
    return id;
  }

  /** Skips the rest of the array the parser is in, up to and including its end. */
  private void skipRest() {
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      parser.skipChildren();
    }
  }

  /** A scalar as text ({@code 12} is {@code "12"}); null for null; a problem for the rest. */
  private String text(RawGrant raw, JsonToken value, String field) {
    switch (value) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return RawGrant.given(parser.getString());
      case VALUE_NULL:
        return null;
      default:
        raw.problems.add("Its " + field + " is " + what(value) + ", not a text or number.");
        parser.skipChildren();
        return null;
    }
  }

  private static String what(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  /** Tells whether the object in the stream names "grants" before "type" at its top level. */
  static boolean namesGrants(InputStream in) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if (name.equals("grants") || name.equals("type")) {
          return name.equals("grants");
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (tools.jackson.core.JacksonException e) {
      return false;
    }
  }

  private void findGrants() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_ARRAY) {
      throw new GrantFileException("It is a JSON array, not a 360Giving package: a package is"
          + " an object whose \"grants\" field holds the grants.");
    }
    if (token != JsonToken.START_OBJECT) {
      throw new GrantFileException("It is not a 360Giving package: a package is a JSON object"
          + " whose \"grants\" field holds the grants.");
    }
    boolean compact = false;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("grants")) {
        if (value != JsonToken.START_ARRAY) {
          throw new GrantFileException("Its \"grants\" field is " + what(value)
              + ", not an array: it is not a 360Giving package.");
        }
        return;
      }
      compact |= name.equals("formatVersion");
      parser.skipChildren();
    }
    throw new GrantFileException(compact
        ? "It is a compact document, not a 360Giving package (which has a \"grants\" array)."
        : "It has no \"grants\" array: it is not a 360Giving package.");
  }

  /** Reads the package's fields after the grants, and refuses content after the package. */
  private void finish() {
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
    if (parser.nextToken() != null) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new GrantFileException("Line " + at.getLineNr() + ", column " + at.getColumnNr()
          + ": there is more content after the package.");
    }
  }

  @Override
  public void close() {
    parser.close();
  }
}
