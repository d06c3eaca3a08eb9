package org.compacts.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a rule by its {@code kind} or an event by its {@code type}, naming one of the closed set
 * of a {@link org.compacts.rules.RuleCatalog}, then the rest of its fields with the builder of
 * that class, in the same pass over the tokens. It stands in for Jackson's property-based type
 * handling so that every field keeps its JSON path when the type id is not the first field, and
 * an unknown or missing id is reported in this module's words.
 */
final class TypedDeserializer<T> extends StdDeserializer<T> {
  private final Class<T> base;
  private final String field;
  private final String what;
  private final String code;
  private final Map<String, Class<?>> types;
  /** The types, in catalog order, and the names of their ids at the same index. */
  private final List<Class<?>> classes;
  private final Names names;
  /** The property this instance reads, once contextual. */
  private final BeanProperty property;
  /**
   * Each type's deserializer once contextual, found when the type is first read: most inputs
   * name few of the types, and finding one builds its whole graph.
   */
  private final AtomicReferenceArray<ValueDeserializer<Object>> deserializers;
  private final String known;
  /** Whether a read that carries a {@link ReadState} keeps an object of an unknown name. */
  private final boolean keepUnknown;
  /** The checks {@link Discriminator#find} takes, made once rather than on each read. */
  private final Function<JsonParser, Named> byName = this::named;
  /** The known types' ids, made once: reading one allocates nothing for it. */
  private final Named[] knownIds;
  private final Function<JsonParser, InputProblem> ifMissing = this::missing;
  private final Function<JsonParser, InputProblem> ifNotObject = this::notObject;

  /**
   * Creates the deserializer of a base type.
   *
   * @param base the base type, {@code Rule} or {@code Event}
   * @param field the JSON field that names the type
   * @param what what the name is, in words: "rule kind"
   * @param code the problem code of an unknown name
   * @param types the named types, in catalog order
   * @param keepUnknown whether an object of an unknown name is kept as an unknown rule, noted
   *     in the read's state, for a lenient read to warn of and a strict one to refuse
   */
  TypedDeserializer(Class<T> base, String field, String what, String code,
      Map<String, ? extends Class<?>> types, boolean keepUnknown) {
    this(base, field, what, code, new LinkedHashMap<>(types), false, null,
        types.keySet().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")),
        keepUnknown);
  }

  private TypedDeserializer(Class<T> base, String field, String what, String code,
      Map<String, Class<?>> types, boolean contextual, BeanProperty property, String known,
      boolean keepUnknown) {
    super(base);
    this.base = base;
    this.field = field;
    this.what = what;
    this.code = code;
    this.types = Collections.unmodifiableMap(types);
    this.classes = List.copyOf(types.values());
    this.names = new Names(contextual ? List.copyOf(types.keySet()) : List.of());
    this.property = property;
    this.deserializers = new AtomicReferenceArray<>(contextual ? types.size() : 0);
    this.known = known;
    this.keepUnknown = keepUnknown;
    this.knownIds = new Named[types.size()];
    for (int i = 0; i < knownIds.length; i++) {
      knownIds[i] = new Named(i, null);
    }
  }

  private Named known(int index) {
    return knownIds[index];
  }

  @Override
  public ValueDeserializer<?> createContextual(DeserializationContext ctxt,
      BeanProperty property) {
    return new TypedDeserializer<>(base, field, what, code, new LinkedHashMap<>(types), true,
        property, known, keepUnknown);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Discriminator.Found<Named> found = Discriminator.find(p, ctxt, field, byName, ifMissing,
        ifNotObject);
    if (found.value.kept != null) {
      return base.cast(found.value.kept.deserialize(found.rest, ctxt));
    }
    int index = found.value.index;
    ValueDeserializer<Object> deserializer = deserializers.get(index);
    if (deserializer == null) {
      // Threads that race here find equivalent deserializers; whichever is kept will do.
      deserializer = ctxt.findContextualValueDeserializer(
          ctxt.constructType(classes.get(index)), property);
      deserializers.set(index, deserializer);
    }
    return base.cast(deserializer.deserialize(found.rest, ctxt));
  }

  /** Type ids are this deserializer's business; Jackson's type handling is not used. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  /** What a type id names: a known type by its index, or an unknown rule to keep as read. */
  private static final class Named {
    final int index;
    final ValueDeserializer<Object> kept;

    Named(int index, ValueDeserializer<Object> kept) {
      this.index = index;
      this.kept = kept;
    }
  }

  private Named named(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw at(InputProblem.of(p, base, "wrong-type", "Expected a string naming the "
          + what + ", one of " + known + ", but found " + Texts.describe(p.currentToken())
          + "."));
    }
    int index = names.indexOf(p);
    if (index >= 0) {
      return known(index);
    }
    ReadState state = keepUnknown && p.objectReadContext() instanceof DeserializationContext
        ? ReadState.of((DeserializationContext) p.objectReadContext()) : null;
    if (state != null) {
      String name = p.getString();
      state.unknown(new ReadState.Unknown(code,
          p.streamReadContext().pathAsPointer().toString(), "'" + Texts.clip(name)
              + "' is not a known " + what + "; expected one of " + known + "."));
      @SuppressWarnings("unchecked")
      ValueDeserializer<Object> keep = (ValueDeserializer<Object>) (ValueDeserializer<?>)
          new UnknownRules.Deserializer(name);
      return new Named(-1, keep);
    }
    throw at(InputProblem.of(p, base, code, "'" + Texts.clip(p.getString())
        + "' is not a known " + what + "; expected one of " + known + "."));
  }

  private InputProblem notObject(JsonParser p) {
    return InputProblem.of(p, base, "wrong-type", "Expected an object, but found "
        + Texts.describe(p.currentToken()) + ".");
  }

  private InputProblem missing(JsonParser p) {
    return at(InputProblem.of(p, base, "missing-field", "The required field '" + field
        + "' is missing; it names the " + what + ", one of " + known + "."));
  }

  private InputProblem at(InputProblem problem) {
    problem.prependPath(base, field);
    return problem;
  }
}
