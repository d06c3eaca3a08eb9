package org.compacts.testkit;

import java.lang.reflect.InvocationTargetException;
import org.compacts.rules.Rule;

/**
 * Copies of rules and events with other tags, for any standard kind or type: each generated
 * class has its {@code withOnlyWhen(Iterable)} and {@code withTags(Iterable)}.
 *
 * <pre>{@code
 * Rule tagged = RuleTags.withOnlyWhen(rule, List.of("major-service-change"));
 * Event same = RuleTags.withTags(event, List.of("capital"));
 * }</pre>
 */
public final class RuleTags {
  private RuleTags() {}

  /** The rule with these {@code onlyWhen} tags instead of its own. */
  public static Rule withOnlyWhen(Rule rule, Iterable<String> tags) {
    return (Rule) copy(rule, "withOnlyWhen", tags);
  }

  /** The event with these tags instead of its own. */
  @SuppressWarnings("unchecked")
  public static <E extends org.compacts.rules.Event> E withTags(E event, Iterable<String> tags) {
    return (E) copy(event, "withTags", tags);
  }

  private static Object copy(Object value, String method, Iterable<String> tags) {
    try {
      return value.getClass().getMethod(method, Iterable.class).invoke(value, tags);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(value.getClass().getName() + " has no " + method, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
