package org.compacts.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.DutyKind;
import org.compacts.model.Modality;
import org.compacts.model.Qualifier;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Event;
import org.compacts.rules.Exemption;
import org.compacts.rules.NoticeElement;
import org.compacts.rules.Outcome;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.UnknownRule;
import org.compacts.time.TimeSpanUnit;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that maps compacts, their rules, events and findings to the JSON of the
 * compacts document format. The model carries no Jackson annotation; this module adds them as
 * mix-ins, writes enum values in kebab case, and registers the rule kinds and event types of a
 * {@link RuleCatalog} as the only type ids a rule's {@code kind} or an event's {@code type} may
 * name.
 *
 * <p>Found by {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * picks it up. The module maps types; it does not make a mapper strict. For reading untrusted
 * documents use {@link CompactJson}, whose mapper is strict and limited.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CompactsModule()).build();
 * String json = mapper.writeValueAsString(compact);
 * }</pre>
 */
public final class CompactsModule extends JacksonModule {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      Actor.class, BodyType.class, CodeInclusion.class, CompactKind.class, CompactStatus.class,
      DutyKind.class, Modality.class, Qualifier.class, Sector.class, Arrangement.class,
      ChangeKind.class, Exemption.class, NoticeElement.class, PaymentBasis.class, Outcome.class,
      TimeSpanUnit.class);

  private final RuleCatalog catalog;

  /** Creates the module for the standard rule kinds and event types. */
  public CompactsModule() {
    this(RuleCatalog.standard());
  }

  /**
   * Creates the module for the rule kinds and event types of a catalog. A kind or type added
   * to the standard ones must be mappable by Jackson on its own terms (its own mix-in or
   * annotations); this module only names it.
   *
   * @param catalog the rule kinds and event types JSON may name
   */
  public CompactsModule(RuleCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  @Override
  public String getModuleName() {
    return "compacts";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    for (Map.Entry<Class<?>, Class<?>> mixin : ModelMixins.ALL.entrySet()) {
      context.setMixIn(mixin.getKey(), mixin.getValue());
    }
    for (Map.Entry<Class<?>, Class<?>> mixin : RuleMixins.ALL.entrySet()) {
      context.setMixIn(mixin.getKey(), mixin.getValue());
    }
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<? extends Enum<?>> type : ENUMS) {
      context.setMixIn(type, KebabEnums.KebabNaming.class);   // Jackson writes them in kebab case
      addEnum(deserializers, type);
    }
    // Every day and month is read strictly, elements of lists too, not by Jackson's own.
    deserializers.addDeserializer(LocalDate.class, new Dates.DayDeserializer());
    deserializers.addDeserializer(YearMonth.class, new Dates.MonthDeserializer());
    deserializers.addDeserializer(Rule.class, new TypedDeserializer<>(Rule.class, RuleMixins.KIND,
        "rule kind", "unknown-kind", catalog.ruleKinds(), true));
    deserializers.addDeserializer(Event.class, new TypedDeserializer<>(Event.class,
        RuleMixins.TYPE, "event type", "unknown-type", catalog.eventTypes(), false));
    serializers.addSerializer(UnknownRule.class, new UnknownRules.Serializer());
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    catalog.ruleKinds().forEach((kind, type) -> context.registerSubtypes(new NamedType(type, kind)));
    catalog.eventTypes().forEach((name, type) ->
        context.registerSubtypes(new NamedType(type, name)));
    context.addDeserializerModifier(new DocumentDeserializer.Modifier());
    context.addDeserializerModifier(new Builders());
    context.addSerializerModifier(new KnownTypes(catalog));
  }

  /** The enums this module writes in kebab case. */
  static List<Class<? extends Enum<?>>> enums() {
    return ENUMS;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})   // the enum's own type is only known raw here
  private static void addEnum(SimpleDeserializers deserializers, Class<? extends Enum<?>> type) {
    Class raw = type;
    deserializers.addDeserializer(raw, new KebabEnums.Deserializer(raw));
  }
}
