package org.compacts.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two versions of a compact, about one element.
 *
 * <ul>
 *   <li>{@code added}: {@link #getAfter()} holds the element, {@link #getAfterPointer()} where
 *       it stands in the later document;
 *   <li>{@code removed}: {@link #getBefore()} holds the element, {@link #getBeforePointer()}
 *       where it stood;
 *   <li>{@code changed}: {@link #getFields()} lists the fields that differ with their old and
 *       new values; both pointers are set;
 *   <li>{@code moved}: the element's position (from 0, as an {@code Integer}) among the
 *       elements of its list that both versions share, before and after; both pointers are
 *       set and give its index in each list.
 * </ul>
 *
 * <p>Pointers are JSON Pointers (RFC 6901) into the documents as {@code compact-json} writes
 * them, such as {@code /rules/0} or {@code /resolution/stages/1}; the compact itself is
 * {@code ""}.
 *
 * <pre>{@code
 * Change c = CompactDiff.between(before, after).get(0);
 * c.getType();            // CHANGED
 * c.getElement();         // rule three-months-notice
 * c.getFields().get(0);   // period: 3 months -> 1 month, WEAKENED
 * c.getEffect();          // WEAKENED
 * }</pre>
 */
@Value.Immutable
abstract class AbstractChange {
  /** What happened to the element. */
  public abstract ChangeType getType();

  /** The element, by kind and id. */
  public abstract Element getElement();

  /** Where the element stands in the earlier document, unless it was added. */
  public abstract Optional<String> getBeforePointer();

  /** Where the element stands in the later document, unless it was removed. */
  public abstract Optional<String> getAfterPointer();

  /** The removed element, or the position it moved from. */
  public abstract Optional<Object> getBefore();

  /** The added element, or the position it moved to. */
  public abstract Optional<Object> getAfter();

  /** The fields that differ, for a {@code changed} element; empty otherwise. */
  public abstract List<FieldChange> getFields();

  /** What the change does to the compact's commitments. */
  public abstract Effect getEffect();

  /**
   * Whether only wording changed: a {@code changed} element all of whose fields are free text
   * or citations.
   */
  public boolean isWordingOnly() {
    return getType() == ChangeType.CHANGED
        && getFields().stream().allMatch(FieldChange::isWording);
  }

  /**
   * The same change seen from the later version to the earlier one: added and removed swap,
   * weakened and strengthened swap, and so do the before and after values and pointers.
   * {@code CompactDiff.between(b, a)} holds the inverse of every change of
   * {@code CompactDiff.between(a, b)}.
   *
   * @return the inverse change
   */
  public Change inverse() {
    return Change.builder()
        .type(getType().inverse())
        .element(getElement())
        .beforePointer(getAfterPointer())
        .afterPointer(getBeforePointer())
        .before(getAfter())
        .after(getBefore())
        .fields(getFields().stream().map(FieldChange::inverse).toList())
        .effect(getEffect().inverse())
        .build();
  }
}
