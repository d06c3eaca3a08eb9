package org.compacts.json;

import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.compacts.rules.Event;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.UnknownRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Refuses to write a rule or an event of a class the catalog does not name: Jackson would
 * otherwise write the class's own name as its {@code kind} or {@code type}, a document no
 * reader can read back. A rule kept from a lenient read ({@link UnknownRule}) is written back
 * as it was read.
 */
final class KnownTypes extends ValueSerializerModifier {
  private static final long serialVersionUID = 1L;

  private final transient RuleCatalog catalog;
  private final Set<Class<?>> known = new HashSet<>();

  KnownTypes(RuleCatalog catalog) {
    this.catalog = catalog;
    known.addAll(catalog.ruleKinds().values());
    known.addAll(catalog.eventTypes().values());
    known.add(UnknownRule.class);
  }

  /** The sentence for a rule or event of a class no kind or type names, or null. */
  static String unknown(Object value, RuleCatalog catalog) {
    if (value instanceof Rule && !(value instanceof UnknownRule) && !catalog.ruleKinds().containsValue(value.getClass())) {
      Rule rule = (Rule) value;
      return "The rule '" + rule.getId() + "' is a " + value.getClass().getName()
          + ", a rule implementation with no kind in the rule catalog; register it with"
          + " RuleCatalog.withRuleKind before writing it.";
    }
    if (value instanceof Event && !catalog.eventTypes().containsValue(value.getClass())) {
      return "The event is a " + value.getClass().getName() + ", an event implementation with"
          + " no type in the rule catalog; register it with RuleCatalog.withEventType before"
          + " writing it.";
    }
    return null;
  }

  @Override
  public ValueSerializer<?> modifySerializer(SerializationConfig config,
      BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
    Class<?> type = beanDesc.getBeanClass();
    boolean typed = Rule.class.isAssignableFrom(type) || Event.class.isAssignableFrom(type);
    if (!typed || known.contains(type) || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())) {
      return serializer;
    }
    return new Refusing();
  }

  /** Refuses every value it is asked to write, before writing anything of it. */
  private final class Refusing extends ValueSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      throw InvalidDefinitionException.from(gen, message(value), ctxt.constructType(
          value.getClass()));
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt,
        TypeSerializer typeSer) {
      serialize(value, gen, ctxt);
    }

    private String message(Object value) {
      String sentence = unknown(value, catalog);
      return sentence != null ? sentence : "A " + value.getClass().getName()
          + " has no kind or type in the rule catalog.";
    }
  }
}
