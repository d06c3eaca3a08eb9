package org.compacts.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event that no rule of a compact judged, because no rule of the compact reads its type
 * (a {@code payment} checked against a compact without payment rules): where it stands in
 * what was checked, its type and its id.
 */
@Value.Immutable
abstract class AbstractUnjudgedEvent {
  /** The event's position in what was checked, from 0. */
  public abstract long getEvent();

  /** The event's type, such as {@code payment}. */
  public abstract String getType();

  /** The event's own reference, when it has one. */
  public abstract Optional<String> getEventId();
}
