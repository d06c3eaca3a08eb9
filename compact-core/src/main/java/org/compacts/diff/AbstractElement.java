package org.compacts.diff;

import org.immutables.value.Value;

/**
 * Which element of a compact a change is about: its kind ({@code rule}, {@code undertaking},
 * {@code stage}, or {@code compact} for the compact's own fields) and its id (a stage's
 * number). The compact itself is matched whatever its id, so its id here is empty; a changed
 * compact id is one of its changed fields.
 *
 * <pre>{@code
 * Element e = Element.of("rule", "three-months-notice");
 * }</pre>
 */
@Value.Immutable
abstract class AbstractElement {
  /** The kind, the element's type in kebab case: {@code code-of-practice}, {@code rule}. */
  @Value.Parameter
  public abstract String getKind();

  /** The id that matched the element in the two versions. */
  @Value.Parameter
  public abstract String getId();

  @Override
  public String toString() {
    return getId().isEmpty() ? getKind() : getKind() + " " + getId();
  }
}
