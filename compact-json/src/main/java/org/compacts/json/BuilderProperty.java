package org.compacts.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.impl.NullsConstantProvider;
import tools.jackson.databind.introspect.AnnotatedMember;

/**
 * A property of one of the model's builders, as Jackson's own would read it, with two changes:
 * the builder method is called through a function compiled once (not through a method handle
 * looked up on every call), and the key is marked in the object's {@link ObjectKeys}, which is
 * how a strict read refuses duplicate keys.
 */
final class BuilderProperty extends SettableBeanProperty.Delegating {
  private static final long serialVersionUID = 1L;

  /** The builder method as a function of builder and value; null if it could not be compiled. */
  private final transient BiFunction<Object, Object, Object> setter;
  private final boolean skipNulls;

  private BuilderProperty(SettableBeanProperty delegate,
      BiFunction<Object, Object, Object> setter) {
    super(delegate);
    this.setter = setter;
    this.skipNulls = NullsConstantProvider.isSkipper(delegate.getNullValueProvider());
  }

  @Override
  protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
    return new BuilderProperty(d, setter);
  }

  @Override
  public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt,
      Object instance) {
    ObjectKeys.of(p).property(getPropertyIndex(), getName(), p);
    if (skipNulls && p.hasToken(JsonToken.VALUE_NULL)) {
      return instance;
    }
    Object value = deserialize(p, ctxt);
    if (value == null && skipNulls) {
      return instance;
    }
    return setAndReturn(p, ctxt, instance, value);
  }

  @Override
  public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
    deserializeSetAndReturn(p, ctxt, instance);
  }

  @Override
  public Object setAndReturn(DeserializationContext ctxt, Object instance, Object value) {
    return setAndReturn(ctxt.getParser(), ctxt, instance, value);
  }

  @Override
  public void set(DeserializationContext ctxt, Object instance, Object value) {
    setAndReturn(ctxt, instance, value);
  }

  private Object setAndReturn(JsonParser p, DeserializationContext ctxt, Object instance,
      Object value) {
    if (setter == null) {
      return delegate.setAndReturn(ctxt, instance, value);
    }
    Object result;
    try {
      result = setter.apply(instance, value);
    } catch (RuntimeException e) {
      _throwAsJacksonE(p, e, value);
      return null;
    }
    return result == null ? instance : result;
  }

  /** Puts a {@link BuilderProperty} in place of each property of the model's builders. */
  static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
        BeanDescription.Supplier beanDesc, BeanDeserializerBuilder builder) {
      if (!beanDesc.getBeanClass().getName().startsWith("org.compacts.")) {
        return builder;
      }
      List<SettableBeanProperty> properties = new ArrayList<>();
      for (Iterator<SettableBeanProperty> i = builder.getProperties(); i.hasNext(); ) {
        properties.add(i.next());
      }
      for (SettableBeanProperty property : properties) {
        if (!(property instanceof BuilderProperty)) {
          builder.addOrReplaceProperty(new BuilderProperty(property, compile(property)), true);
        }
      }
      return builder;
    }

    /** The builder method of a property as a function, or null if it is not a public method. */
    @SuppressWarnings("unchecked")
    private static BiFunction<Object, Object, Object> compile(SettableBeanProperty property) {
      AnnotatedMember member = property.getMember();
      if (member == null || !(member.getMember() instanceof Method)) {
        return null;
      }
      Method method = (Method) member.getMember();
      if (method.getParameterCount() != 1 || method.getReturnType() == void.class
          || !java.lang.reflect.Modifier.isPublic(method.getModifiers())
          || !java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        return null;
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CallSite site;
      try {
        MethodHandle handle = lookup.unreflect(method);
        MethodType type = handle.type().wrap();
        site = LambdaMetafactory.metafactory(lookup, "apply",
            MethodType.methodType(BiFunction.class),
            MethodType.methodType(Object.class, Object.class, Object.class), handle, type);
      } catch (IllegalAccessException | LambdaConversionException e) {
        return null;
      }
      try {
        return (BiFunction<Object, Object, Object>) site.getTarget().invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot compile the builder method " + method, e);
      }
    }
  }
}
