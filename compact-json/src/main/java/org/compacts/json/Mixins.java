package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The two base mix-ins: every property of a value type and every builder method Jackson uses
 * is named explicitly, nothing is detected implicitly. That keeps the JSON contract in one
 * place and avoids the "conflicting setter" clash of the builders' overloads
 * ({@code addX(T)}/{@code addX(T...)}, {@code x(T)}/{@code x(Optional)}).
 */
final class Mixins {
  private Mixins() {}

  /** Base of the mix-ins of value types: absent optionals are not written. */
  @JsonAutoDetect(
      fieldVisibility = Visibility.NONE,
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  abstract static class Value {}

  /** Base of the mix-ins of builders: methods named without prefix, none detected. */
  @JsonAutoDetect(
      fieldVisibility = Visibility.NONE,
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  abstract static class Builder {}
}
