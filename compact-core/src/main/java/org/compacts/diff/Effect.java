package org.compacts.diff;

import java.util.Locale;

/** What a change does to the commitments of a compact. */
public enum Effect {
  /** Less is promised, or it is promised less firmly. */
  WEAKENED,
  /** More is promised, or it is promised more firmly. */
  STRENGTHENED,
  /** Nothing promised changed: wording, order or an element that is not a commitment. */
  NEUTRAL,
  /** Something promised changed in a way that is neither stronger nor weaker. */
  NOT_COMPARABLE;

  /** The effect of the same change made the other way round. */
  public Effect inverse() {
    switch (this) {
      case WEAKENED:
        return STRENGTHENED;
      case STRENGTHENED:
        return WEAKENED;
      default:
        return this;
    }
  }

  /** The name as written in JSON and text: {@code weakened}, {@code not-comparable}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Combines the effects of the fields of one change: any not-comparable field, or fields
   * that weaken beside fields that strengthen, make it not-comparable; otherwise it weakens
   * or strengthens if a field does; otherwise it is neutral.
   */
  static Effect combine(Iterable<Effect> effects) {
    boolean weaker = false;
    boolean stronger = false;
    for (Effect e : effects) {
      if (e == NOT_COMPARABLE) {
        return NOT_COMPARABLE;
      }
      weaker |= e == WEAKENED;
      stronger |= e == STRENGTHENED;
    }
    if (weaker && stronger) {
      return NOT_COMPARABLE;
    }
    return weaker ? WEAKENED : stronger ? STRENGTHENED : NEUTRAL;
  }
}
