package org.compacts.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.rules.FieldValue;
import org.compacts.rules.UnknownRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Reads and writes a rule of a kind this version does not know ({@link UnknownRule}): its
 * {@code kind}, {@code id}, {@code modality} and {@code source} as every rule has them, and
 * its other fields exactly as given (numbers as written, nulls kept), so that writing gives
 * back a canonical document's bytes.
 */
final class UnknownRules {
  private UnknownRules() {}

  /** Reads the fields after {@code kind} of a rule of one unknown kind. */
  static final class Deserializer extends ValueDeserializer<UnknownRule> {
    private final String kind;

    Deserializer(String kind) {
      this.kind = kind;
    }

    @Override
    public UnknownRule deserialize(JsonParser p, DeserializationContext ctxt) {
      UnknownRule.Builder rule = UnknownRule.builder().kind(kind);
      boolean id = false;
      boolean modality = false;
      boolean source = false;
      for (JsonToken t = p.currentToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        ObjectKeys.of(p).name(name, p);
        try {
          switch (name) {
            case "id":
              if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw InputProblem.of(p, UnknownRule.class, "wrong-type", "Expected a string,"
                    + " the rule's id, but found " + Texts.describe(p.currentToken()) + ".");
              }
              rule.id(p.getString());
              id = true;
              break;
            case "modality":
              rule.modality(ctxt.readValue(p, Modality.class));
              modality = true;
              break;
            case "source":
              rule.source(ctxt.readValue(p, Citation.class));
              source = true;
              break;
            default:
              rule.putFields(name, value(p));
          }
        } catch (JacksonException e) {
          throw e.prependPath(UnknownRule.class, name);
        }
      }
      List<String> missing = new ArrayList<>();
      if (!id) {
        missing.add("id");
      }
      if (!modality) {
        missing.add("modality");
      }
      if (!source) {
        missing.add("source");
      }
      if (!missing.isEmpty()) {
        throw InputProblem.of(p, UnknownRule.class, "missing-field", "This rule of kind '"
            + Texts.clip(kind) + "' lacks " + String.join(", ", missing) + ", which every rule"
            + " has.");
      }
      return rule.build();
    }

    /** The value the parser stands on, refusing a key used twice in any object within it. */
    private static FieldValue value(JsonParser p) {
      switch (p.currentToken()) {
        case VALUE_STRING:
          return FieldValue.text(p.getString());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return FieldValue.number(p.getString());
        case VALUE_TRUE:
          return FieldValue.bool(true);
        case VALUE_FALSE:
          return FieldValue.bool(false);
        case VALUE_NULL:
          return FieldValue.nothing();
        case START_ARRAY:
          List<FieldValue> elements = new ArrayList<>();
          for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            try {
              elements.add(value(p));
            } catch (JacksonException e) {
              throw e.prependPath(List.class, i);
            }
          }
          return FieldValue.list(elements);
        case START_OBJECT:
          Map<String, FieldValue> fields = new LinkedHashMap<>();
          Set<String> seen = new HashSet<>();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            if (!seen.add(name)) {
              throw ObjectKeys.duplicate(p, name);
            }
            p.nextToken();
            try {
              fields.put(name, value(p));
            } catch (JacksonException e) {
              throw e.prependPath(Map.class, name);
            }
          }
          return FieldValue.object(fields);
        default:
          throw InputProblem.of(p, UnknownRule.class, "wrong-type", "Unexpected "
              + Texts.describe(p.currentToken()) + ".");
      }
    }
  }

  /** Writes {@code kind}, {@code id}, {@code modality}, the other fields, then {@code source}. */
  static final class Serializer extends ValueSerializer<UnknownRule> {
    @Override
    public void serialize(UnknownRule rule, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(rule);
      gen.writeStringProperty(RuleMixins.KIND, rule.getKind());
      gen.writeStringProperty("id", rule.getId());
      gen.writeName("modality");
      ctxt.writeValue(gen, rule.getModality());
      for (Map.Entry<String, FieldValue> field : rule.getFields().entrySet()) {
        gen.writeName(field.getKey());
        write(field.getValue(), gen);
      }
      gen.writeName("source");
      ctxt.writeValue(gen, rule.getSource());
      gen.writeEndObject();
    }

    /** The rule writes its own kind; the kind is not a type id of the catalog. */
    @Override
    public void serializeWithType(UnknownRule rule, JsonGenerator gen, SerializationContext ctxt,
        TypeSerializer typeSer) {
      serialize(rule, gen, ctxt);
    }

    private static void write(FieldValue value, JsonGenerator gen) {
      switch (value.kind()) {
        case TEXT:
          gen.writeString(value.asText());
          break;
        case NUMBER:
          gen.writeNumber(value.asDigits());
          break;
        case BOOLEAN:
          gen.writeBoolean(value.asBoolean());
          break;
        case NULL:
          gen.writeNull();
          break;
        case LIST:
          gen.writeStartArray();
          for (FieldValue element : value.asList()) {
            write(element, gen);
          }
          gen.writeEndArray();
          break;
        default:
          gen.writeStartObject();
          for (Map.Entry<String, FieldValue> field : value.asObject().entrySet()) {
            gen.writeName(field.getKey());
            write(field.getValue(), gen);
          }
          gen.writeEndObject();
      }
    }
  }
}
