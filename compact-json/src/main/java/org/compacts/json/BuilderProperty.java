package org.compacts.json;

import java.util.function.BiFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.impl.NullsConstantProvider;

/**
 * A property of one of the model's builders, as Jackson's own would read it, with two changes:
 * the builder method is called through a function compiled once by {@link Builders} (not
 * through a method handle invoked per call), and the key is marked in the object's
 * {@link ObjectKeys}, which is how a strict read refuses duplicate keys.
 */
final class BuilderProperty extends SettableBeanProperty.Delegating {
  private static final long serialVersionUID = 1L;

  /** The builder method as a function of builder and value; null if it could not be compiled. */
  private final transient BiFunction<Object, Object, Object> setter;
  private final boolean skipNulls;
  /**
   * What stands in for a wrong value of this property while a read collects every problem
   * ({@link WrongValues}); null when the type has none, and the first wrong value stops the read.
   */
  private final transient Object standIn;

  BuilderProperty(SettableBeanProperty delegate, BiFunction<Object, Object, Object> setter) {
    super(delegate);
    this.setter = setter;
    this.skipNulls = NullsConstantProvider.isSkipper(delegate.getNullValueProvider());
    this.standIn = WrongValues.standIn(delegate.getType().getRawClass());
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
    Object value = standIn == null ? deserialize(p, ctxt)
        : WrongValues.read(p, ctxt, standIn, getName(), getValueDeserializer(),
            () -> deserialize(p, ctxt));
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
}
