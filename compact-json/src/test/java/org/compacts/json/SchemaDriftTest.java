package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.compacts.model.Compact;
import org.compacts.model.Slug;
import org.compacts.model.Text;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the mix-ins and the published schemas in step with the model: every attribute of every
 * value type is mapped, by methods that exist; each schema definition has the same fields in
 * the same order, the same required ones, and types and limits that follow the model's types
 * and Jakarta constraints; enum values, rule kinds and event types are the model's.
 */
class SchemaDriftTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode COMPACT = PLAIN.readTree(CompactJson.create().compactSchema());
  private static final JsonNode EVENT = PLAIN.readTree(CompactJson.create().eventSchema());
  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile("not set \\[([^\\]]*)\\]");

  static Stream<Class<?>> valueTypes() {
    return Stream.concat(ModelMixins.ALL.keySet().stream(), RuleMixins.ALL.keySet().stream())
        .filter(type -> !type.getSimpleName().equals("Builder"))
        .filter(type -> type != Rule.class && type != Event.class)
        .sorted((a, b) -> a.getName().compareTo(b.getName()));
  }

  static Stream<Class<?>> schemaTypes() {
    return valueTypes().filter(type -> type != Finding.class);
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void theMixinsMapEveryAttributeThroughMethodsThatExist(Class<?> type) throws Exception {
    Class<?> mixin = mixin(type);
    Class<?> builder = Class.forName(type.getName() + "$Builder");
    Class<?> builderMixin = mixin(builder);
    Set<String> attributes = Stream.of(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
        .map(Method::getName).filter(n -> n.matches("(get|is)[A-Z].*"))
        .collect(Collectors.toSet());
    List<Method> getters = annotated(mixin);
    assertThat(getters).extracting(Method::getName)
        .containsExactlyInAnyOrderElementsOf(attributes);
    for (Method getter : getters) {
      assertThat(type.getMethod(getter.getName())).isNotNull();
    }
    for (Method setter : annotated(builderMixin)) {
      assertThat(builder.getMethod(setter.getName(), setter.getParameterTypes())).isNotNull();
    }
    Set<String> names = getters.stream().map(SchemaDriftTest::jsonName)
        .collect(Collectors.toSet());
    assertThat(annotated(builderMixin).stream().map(SchemaDriftTest::jsonName))
        .containsExactlyInAnyOrderElementsOf(names);
    assertThat(mixin.getAnnotation(JsonPropertyOrder.class).value())
        .containsExactlyInAnyOrderElementsOf(names);
  }

  @ParameterizedTest
  @MethodSource("schemaTypes")
  void theSchemaDefinitionFollowsTheModel(Class<?> type) throws Exception {
    JsonNode def = definition(type);
    List<String> expected = new ArrayList<>();
    Set<String> required = new LinkedHashSet<>();
    if (type == Compact.class) {
      expected.add("$schema");
    }
    discriminator(type).ifPresent(field -> {
      expected.add(field);
      required.add(field);
    });
    expected.addAll(Arrays.asList(mixin(type).getAnnotation(JsonPropertyOrder.class).value()));
    required.addAll(requiredFields(type));

    assertThat(names(def.get("properties"))).containsExactlyElementsOf(expected);
    assertThat(values(def.get("required"))).containsExactlyInAnyOrderElementsOf(required);
    assertThat(def.get("additionalProperties").asBoolean(true)).isFalse();
    for (Method getter : annotated(mixin(type))) {
      Method declared = declaration(type, getter.getName());
      JsonNode property = def.get("properties").get(jsonName(getter));
      checkProperty(jsonName(getter), property, required.contains(jsonName(getter)),
          declared.getGenericReturnType(), declared.getAnnotatedReturnType(),
          declared.getAnnotations(), root(type));
    }
  }

  @Test
  void enumDefinitionsListTheModelsValues() {
    for (JsonNode root : List.of(COMPACT, EVENT)) {
      for (Class<? extends Enum<?>> type : CompactsModule.enums()) {
        JsonNode def = root.get("$defs").get(type.getSimpleName());
        if (def != null) {
          assertThat(values(def.get("enum"))).as(type.getSimpleName())
              .containsExactlyElementsOf(KebabEnums.names(type));
        }
      }
    }
  }

  @Test
  void ruleKindsAndEventTypesAreTheCatalogs() {
    checkUnion(COMPACT, "Rule", RuleCatalog.standard().ruleKinds(), RuleMixins.KIND);
    checkUnion(EVENT, "Event", RuleCatalog.standard().eventTypes(), RuleMixins.TYPE);
  }

  @Test
  void everyReferenceResolves() {
    for (JsonNode root : List.of(COMPACT, EVENT)) {
      for (String ref : refs(root)) {
        assertThat(ref).startsWith("#/$defs/");
        assertThat(root.get("$defs").has(ref.substring("#/$defs/".length()))).as(ref).isTrue();
      }
    }
  }

  private static void checkUnion(JsonNode root, String name,
      Map<String, ? extends Class<?>> catalog, String field) {
    List<String> refs = new ArrayList<>();
    root.get("$defs").get(name).get("oneOf").forEach(n -> refs.add(n.get("$ref").asString()));
    assertThat(refs).containsExactlyElementsOf(catalog.values().stream()
        .map(c -> "#/$defs/" + c.getSimpleName()).collect(Collectors.toList()));
    catalog.forEach((typeName, type) -> assertThat(root.get("$defs").get(type.getSimpleName())
        .get("properties").get(field).get("const").asString()).isEqualTo(typeName));
  }

  /**
   * Checks the schema of one property against the attribute's Java type and constraints. An
   * attribute that may be left out (optional, a collection, or one with a default) may also be
   * {@code null}.
   */
  private static void checkProperty(String name, JsonNode schema, boolean required, Type type,
      AnnotatedType annotated, Annotation[] constraints, JsonNode root) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      JsonNode inner = nonNull(name, schema);
      checkScalar(name, inner, argument(type), typeArgument(annotated), root);
      return;
    }
    if (raw == List.class || raw == Set.class) {
      assertThat(values(schema.get("type"))).as(name).containsExactly("array", "null");
      assertThat(schema.path("uniqueItems").asBoolean(false)).as(name).isEqualTo(raw == Set.class);
      assertThat(schema.has("minItems")).as(name)
          .isEqualTo(has(constraints, NotEmpty.class));
      checkScalar(name, schema.get("items"), argument(type), typeArgument(annotated), root);
      return;
    }
    checkScalar(name, required ? schema : nonNull(name, schema), type, constraints, root);
  }

  private static void checkScalar(String name, JsonNode schema, Type type,
      Annotation[] constraints, JsonNode root) {
    Class<?> raw = raw(type);
    String ref = schema.path("$ref").asString("");
    if (raw == String.class) {
      if (pattern(constraints, Slug.REGEX)) {
        assertThat(ref).as(name).isEqualTo("#/$defs/Slug");
      } else if (pattern(constraints, Text.NOT_BLANK) || has(constraints, NotBlank.class)) {
        assertThat(ref).as(name).isEqualTo("#/$defs/Text");
      } else {
        assertThat(schema.path("type").asString()).as(name).isEqualTo("string");
      }
    } else if (raw == int.class || raw == Integer.class) {
      assertThat(schema.path("type").asString()).as(name).isEqualTo("integer");
      Integer minimum = has(constraints, Positive.class) ? Integer.valueOf(1) : null;
      Integer maximum = null;
      for (Annotation a : constraints) {
        minimum = a instanceof Min ? Integer.valueOf((int) ((Min) a).value()) : minimum;
        maximum = a instanceof Max ? Integer.valueOf((int) ((Max) a).value()) : maximum;
      }
      assertThat(schema.has("minimum") ? schema.get("minimum").asInt() : null).as(name)
          .isEqualTo(minimum);
      assertThat(schema.has("maximum") ? schema.get("maximum").asInt() : null).as(name)
          .isEqualTo(maximum);
    } else if (raw == BigDecimal.class) {
      assertThat(schema.path("type").asString()).as(name).isEqualTo("number");
      assertThat(schema.has("minimum") ? schema.get("minimum").asInt() : null).as(name)
          .isEqualTo(has(constraints, PositiveOrZero.class) ? Integer.valueOf(0) : null);
    } else if (raw == boolean.class || raw == Boolean.class) {
      assertThat(schema.path("type").asString()).as(name).isEqualTo("boolean");
    } else if (raw == LocalDate.class) {
      assertThat(ref).as(name).isEqualTo("#/$defs/Date");
    } else if (raw == YearMonth.class) {
      assertThat(ref).as(name).isEqualTo("#/$defs/Month");
    } else {
      assertThat(ref).as(name).isEqualTo("#/$defs/" + raw.getSimpleName());
      assertThat(root.get("$defs").has(raw.getSimpleName())).as(name).isTrue();
    }
  }

  /** The branch of a nullable schema that is not {@code null}. */
  private static JsonNode nonNull(String name, JsonNode schema) {
    if (schema.has("oneOf")) {
      assertThat(schema.get("oneOf")).as(name).hasSize(2);
      assertThat(schema.get("oneOf").get(1).get("type").asString()).as(name).isEqualTo("null");
      return schema.get("oneOf").get(0);
    }
    List<String> types = values(schema.get("type"));
    assertThat(types).as(name).hasSize(2).contains("null");
    return ((tools.jackson.databind.node.ObjectNode) schema.deepCopy()).put("type", types.get(0));
  }

  /** The attribute names Immutables says are required: those a bare builder lacks. */
  private static Set<String> requiredFields(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    try {
      builder.getClass().getMethod("build").invoke(builder);
      return Set.of();
    } catch (InvocationTargetException e) {
      Matcher m = MISSING.matcher(e.getCause().getMessage());
      assertThat(m.find()).isTrue();
      Class<?> builderMixin = mixin(builder.getClass());
      return Stream.of(m.group(1).split(",\\s*")).map(attribute -> annotated(builderMixin)
          .stream().filter(s -> s.getName().equals(attribute)).map(SchemaDriftTest::jsonName)
          .findFirst().orElseThrow()).collect(Collectors.toSet());
    }
  }

  private static Optional<String> discriminator(Class<?> type) {
    if (type == Compact.class) {
      return Optional.of(FormatVersion.FIELD);
    }
    if (Rule.class.isAssignableFrom(type)) {
      return Optional.of(RuleMixins.KIND);
    }
    return Event.class.isAssignableFrom(type) ? Optional.of(RuleMixins.TYPE) : Optional.empty();
  }

  private static JsonNode root(Class<?> type) {
    return Event.class.isAssignableFrom(type) ? EVENT : COMPACT;
  }

  private static JsonNode definition(Class<?> type) {
    if (type == Compact.class) {
      return COMPACT;
    }
    JsonNode def = root(type).get("$defs").get(type.getSimpleName());
    assertThat(def).as(type.getSimpleName()).isNotNull();
    return def;
  }

  /** The method where the model declares an attribute, with its Jakarta constraints. */
  private static Method declaration(Class<?> type, String name) throws NoSuchMethodException {
    return type.getSuperclass().getDeclaredMethod(name);
  }

  private static Class<?> mixin(Class<?> type) {
    Class<?> mixin = ModelMixins.ALL.get(type);
    return mixin != null ? mixin : RuleMixins.ALL.get(type);
  }

  private static List<Method> annotated(Class<?> mixin) {
    return Stream.of(mixin.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(JsonProperty.class)).collect(Collectors.toList());
  }

  private static String jsonName(Method method) {
    return method.getAnnotation(JsonProperty.class).value();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType()
        : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  private static Annotation[] typeArgument(AnnotatedType annotated) {
    return ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0]
        .getAnnotations();
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    return Stream.of(annotations).anyMatch(type::isInstance);
  }

  private static boolean pattern(Annotation[] annotations, String regex) {
    return Stream.of(annotations)
        .anyMatch(a -> a instanceof Pattern && ((Pattern) a).regexp().equals(regex));
  }

  private static List<String> names(JsonNode object) {
    return StreamSupport.stream(object.propertyNames().spliterator(), false)
        .collect(Collectors.toList());
  }

  private static List<String> values(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> values.add(n.asString()));
    } else if (node != null && !node.isMissingNode()) {
      values.add(node.asString());
    }
    return values;
  }

  private static List<String> refs(JsonNode node) {
    List<String> refs = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asString());
        } else {
          refs.addAll(refs(e.getValue()));
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> refs.addAll(refs(n)));
    }
    return refs;
  }
}
