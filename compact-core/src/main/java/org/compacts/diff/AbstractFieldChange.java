package org.compacts.diff;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field of an element that differs between two versions: its path inside the element
 * ({@code period}, {@code source/text}, {@code resolution/scope}), the old and new values
 * (empty when absent: an absent optional value or an empty list), and the field's effect.
 *
 * <p>Values are the model's own: a {@code TimeSpan}, a {@code Modality}, a set of
 * exemptions, a {@code String}, a {@code Citation}, a list of them.
 */
@Value.Immutable
abstract class AbstractFieldChange {
  /** The field's path inside its element, JSON field names joined by {@code /}. */
  public abstract String getPath();

  /** The value in the earlier version, empty when absent. */
  public abstract Optional<Object> getBefore();

  /** The value in the later version, empty when absent. */
  public abstract Optional<Object> getAfter();

  /** What the change of this field does to the commitment. */
  public abstract Effect getEffect();

  /** Whether the field holds wording (free text or citations) rather than terms. */
  public abstract boolean isWording();

  /**
   * The change as a reader would say it, {@code period: 3 months -> 1 month, WEAKENED};
   * an absent value shows as {@code (none)}.
   */
  @Override
  public String toString() {
    return getPath() + ": " + getBefore().map(String::valueOf).orElse("(none)") + " -> "
        + getAfter().map(String::valueOf).orElse("(none)") + ", " + getEffect();
  }

  /** The same field change seen from the later version to the earlier one. */
  public FieldChange inverse() {
    return FieldChange.builder().path(getPath()).before(getAfter()).after(getBefore())
        .effect(getEffect().inverse()).wording(isWording()).build();
  }
}
