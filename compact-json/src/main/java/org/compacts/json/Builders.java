package org.compacts.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.bean.BeanPropertyMap;
import tools.jackson.databind.deser.bean.BuilderBasedDeserializer;
import tools.jackson.databind.deser.impl.ObjectIdReader;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;

/**
 * Reads the model's builders without reflection per call: each builder is made by its type's
 * public {@code builder()} method, each property set by its builder method and each value
 * made by the builder's {@code build()}, all through method handles that are compiled to
 * functions once they have been used often enough ({@link LateCompiled}); every property marks
 * its key ({@link BuilderProperty}).
 */
final class Builders extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
      BeanDescription.Supplier beanDesc, BeanDeserializerBuilder builder) {
    Class<?> type = beanDesc.getBeanClass();
    if (!type.getName().startsWith("org.compacts.")) {
      return builder;
    }
    List<SettableBeanProperty> properties = new ArrayList<>();
    for (Iterator<SettableBeanProperty> i = builder.getProperties(); i.hasNext(); ) {
      properties.add(i.next());
    }
    for (SettableBeanProperty property : properties) {
      if (!(property instanceof BuilderProperty)) {
        builder.addOrReplaceProperty(new BuilderProperty(property, setter(property)), true);
      }
    }
    Supplier<Object> factory = factory(type);
    ValueInstantiator instantiator = builder.getValueInstantiator();
    if (factory != null && instantiator != null && !(instantiator instanceof Factory)) {
      builder.setValueInstantiator(new Factory(instantiator, factory));
    }
    return builder;
  }

  @Override
  public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
    if (deserializer.getClass() == BuilderBasedDeserializer.class
        && beanDesc.getBeanClass().getName().startsWith("org.compacts.")) {
      return CompiledBuild.of((BuilderBasedDeserializer) deserializer);
    }
    return deserializer;
  }

  /** Makes builders by a compiled factory; everything else as the instantiator it wraps. */
  static final class Factory extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Object> factory;

    Factory(ValueInstantiator delegate, Supplier<Object> factory) {
      super(delegate);
      this.factory = factory;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt,
        BeanDescription.Supplier beanDesc) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, beanDesc);
      return contextual == delegate() ? this : new Factory(contextual, factory);
    }

    @Override
    public boolean canCreateUsingDefault() {
      return true;
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
      return factory.get();
    }
  }

  /**
   * Jackson's builder-based deserializer, except that it calls {@code build()} through a
   * function ({@link LateCompiled}) instead of by reflection; copies of it keep the function.
   */
  static final class CompiledBuild extends BuilderBasedDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Function<Object, Object> build;

    private CompiledBuild(BuilderBasedDeserializer src, Function<Object, Object> build) {
      super(src);
      this.build = build != null ? build : compiled(_buildMethod);
    }

    /** The deserializer with a compiled {@code build()}, or itself when it cannot be had. */
    static BuilderBasedDeserializer of(BuilderBasedDeserializer src) {
      CompiledBuild compiled = new CompiledBuild(src, null);
      return compiled.build == null ? src : compiled;
    }

    private static Function<Object, Object> compiled(AnnotatedMethod method) {
      // LateCompiled leaves out a method that it or its class does not make public.
      return method == null || method.getParameterCount() != 0
          || Modifier.isStatic(method.getAnnotated().getModifiers()) ? null
          : LateCompiled.function(method.getAnnotated());
    }

    private BeanDeserializerBase keep(BeanDeserializerBase copy) {
      return copy.getClass() == BuilderBasedDeserializer.class
          ? new CompiledBuild((BuilderBasedDeserializer) copy, build) : copy;
    }

    @Override
    public BeanDeserializerBase withObjectIdReader(ObjectIdReader oir) {
      return keep(super.withObjectIdReader(oir));
    }

    @Override
    public BeanDeserializerBase withByNameInclusion(Set<String> ignorableProps,
        Set<String> includableProps) {
      return keep(super.withByNameInclusion(ignorableProps, includableProps));
    }

    @Override
    public BeanDeserializerBase withIgnoreAllUnknown(boolean ignoreUnknown) {
      return keep(super.withIgnoreAllUnknown(ignoreUnknown));
    }

    @Override
    public BeanDeserializerBase withBeanProperties(BeanPropertyMap props) {
      return keep(super.withBeanProperties(props));
    }

    @Override
    protected Object finishBuild(DeserializationContext ctxt, Object builder) {
      if (_objectIdReader != null || !handledType().isInstance(builder)) {
        return super.finishBuild(ctxt, builder);
      }
      try {
        return build.apply(builder);
      } catch (RuntimeException e) {
        return wrapInstantiationProblem(ctxt, e);
      }
    }
  }

  /** The public static {@code builder()} of the builder's enclosing type, or null. */
  private static Supplier<Object> factory(Class<?> builderType) {
    Class<?> valueType = builderType.getEnclosingClass();
    if (valueType == null || !Modifier.isPublic(valueType.getModifiers())
        || !Modifier.isPublic(builderType.getModifiers())) {
      return null;
    }
    Method method;
    try {
      method = valueType.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return null;
    }
    if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != builderType) {
      return null;
    }
    return LateCompiled.supplier(method);
  }

  /** A property's builder method as a function of builder and value, or null. */
  private static BiFunction<Object, Object, Object> setter(SettableBeanProperty property) {
    AnnotatedMember member = property.getMember();
    if (member == null || !(member.getMember() instanceof Method)) {
      return null;
    }
    Method method = (Method) member.getMember();
    if (method.getParameterCount() != 1 || method.getReturnType() == void.class
        || Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    return LateCompiled.biFunction(method);   // null unless the method and its class are public
  }
}
