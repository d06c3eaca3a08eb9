package org.compacts.rules;

import java.util.Optional;
import java.util.Set;

/**
 * Something that happened, or is planned, that a compact's rules can be checked against.
 * Each event type is read by the rule kinds that speak to it.
 *
 * <p>Every event may carry an {@linkplain #getId() id} (free text such as a grant number or a
 * case reference, which findings repeat) and {@linkplain #getTags() tags} (slugs such as
 * {@code major-service-change}, which a rule's {@code onlyWhen} asks for). The standard event
 * types hold both as attributes; an event type of a caller's own need not.
 */
public interface Event {
  /** The longest {@linkplain #getId() id} an event may carry, in characters. */
  int MAX_ID_LENGTH = 200;

  /**
   * The pattern an event's id matches: some text that is not white space only, at most
   * {@value #MAX_ID_LENGTH} characters.
   */
  String ID_PATTERN = "(?s)(?=.*\\S).{1,200}";

  /** What a violation of {@link #ID_PATTERN} says of the id. */
  String ID_MESSAGE = "must be text of at most 200 characters, not blank";

  /** The event's type as it appears in JSON, such as {@code funding-change}. */
  String type();

  /** The event's own reference, if it has one, such as a grant number. */
  default Optional<String> getId() {
    return Optional.empty();
  }

  /** The event's tags, slugs such as {@code major-service-change}; empty when it has none. */
  default Set<String> getTags() {
    return Set.of();
  }
}
