package org.compacts.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A public method of the model's builders as a function: called through a method handle for its
 * first {@value #CALLS} calls, then through a function compiled for it once
 * ({@link LambdaMetafactory}). Compiling defines a class per method, about a millisecond each
 * at start-up: a short run that reads one document (a command of the tool) never earns that
 * back, while a long run makes it up many times over and reads at full speed after its first
 * few documents. Safe to share between threads: the compiled function is immutable, and a
 * count lost to a race only delays compiling.
 */
final class LateCompiled {
  /** Calls through the handle before compiling. */
  static final int CALLS = 256;

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private final Method method;
  private final MethodHandle handle;
  private final Class<?> function;
  private final String name;
  private final MethodType erased;
  private Object compiled;
  private int calls;

  private LateCompiled(Method method, MethodHandle handle, Class<?> function, String name,
      MethodType erased) {
    this.method = method;
    this.handle = handle;
    this.function = function;
    this.name = name;
    this.erased = erased;
  }

  /** A public static method of no parameters, or null if it cannot be called so. */
  static Supplier<Object> supplier(Method method) {
    LateCompiled late = of(method, Supplier.class, "get", MethodType.methodType(Object.class));
    return late == null ? null : late::get;
  }

  /** A public method of no parameters as a function of the instance, or null. */
  static Function<Object, Object> function(Method method) {
    LateCompiled late = of(method, Function.class, "apply",
        MethodType.methodType(Object.class, Object.class));
    return late == null ? null : late::apply;
  }

  /** A public method of one parameter as a function of instance and argument, or null. */
  static BiFunction<Object, Object, Object> biFunction(Method method) {
    LateCompiled late = of(method, BiFunction.class, "apply",
        MethodType.methodType(Object.class, Object.class, Object.class));
    return late == null ? null : late::apply;
  }

  private static LateCompiled of(Method method, Class<?> function, String name,
      MethodType erased) {
    if (!Modifier.isPublic(method.getModifiers())
        || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return null;
    }
    try {
      return new LateCompiled(method, LOOKUP.unreflect(method).asType(erased), function, name,
          erased);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")   // compiled is made for the interface of the call
  private Object get() {
    Object c = compiled;
    if (c != null) {
      return ((Supplier<Object>) c).get();
    }
    count();
    try {
      return (Object) handle.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @SuppressWarnings("unchecked")   // compiled is made for the interface of the call
  private Object apply(Object instance) {
    Object c = compiled;
    if (c != null) {
      return ((Function<Object, Object>) c).apply(instance);
    }
    count();
    try {
      return (Object) handle.invokeExact(instance);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @SuppressWarnings("unchecked")   // compiled is made for the interface of the call
  private Object apply(Object instance, Object argument) {
    Object c = compiled;
    if (c != null) {
      return ((BiFunction<Object, Object, Object>) c).apply(instance, argument);
    }
    count();
    try {
      return (Object) handle.invokeExact(instance, argument);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  private void count() {
    if (++calls == CALLS) {
      compiled = compile();
    }
  }

  /** The compiled function; null (the handle stays) when the method cannot be compiled so. */
  private Object compile() {
    CallSite site;
    try {
      MethodHandle direct = LOOKUP.unreflect(method);
      site = LambdaMetafactory.metafactory(LOOKUP, name, MethodType.methodType(function), erased,
          direct, direct.type().wrap());
    } catch (IllegalAccessException | LambdaConversionException e) {
      return null;
    }
    try {
      return site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot compile " + method, e);
    }
  }
}
