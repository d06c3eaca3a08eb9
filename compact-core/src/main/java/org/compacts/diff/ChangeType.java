package org.compacts.diff;

import java.util.Locale;

/** What happened to an element between two versions of a compact. */
public enum ChangeType {
  /** The element is only in the later version. */
  ADDED,
  /** The element is only in the earlier version. */
  REMOVED,
  /** The element is in both, with different fields. */
  CHANGED,
  /** The element is in both, at a new position among the elements the two versions share. */
  MOVED;

  /** The change seen from the later version to the earlier one. */
  public ChangeType inverse() {
    switch (this) {
      case ADDED:
        return REMOVED;
      case REMOVED:
        return ADDED;
      default:
        return this;
    }
  }

  /** The name as written in JSON and text: {@code added}, {@code changed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
