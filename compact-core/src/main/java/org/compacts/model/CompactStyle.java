package org.compacts.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by every value type of the library.
 *
 * <p>Abstract types are named {@code AbstractX} and stay package-private where they can; the
 * generated immutable class carries the clean public name {@code X}, with a builder
 * ({@code X.builder()}), copy methods ({@code withY(..)}) and {@code X.copyOf(..)}.
 * Accessors are JavaBeans getters ({@code getY()}, {@code isY()}) so that any Jakarta
 * {@code Validator}, including a plain default one, sees the constraints on them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CompactStyle {}
