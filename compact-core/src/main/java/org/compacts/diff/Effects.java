package org.compacts.diff;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.Undertaking;
import org.compacts.rules.Rule;
import org.compacts.time.TimeSpan;

/**
 * The effect of one changed field, keyed by what the field means (its name and the type of
 * its values), not by the rule kind that holds it; see {@link CompactDiff} for the list.
 */
final class Effects {
  /** Sets whose growth narrows or softens a commitment. */
  private static final Set<String> LIMITING = Set.of("qualifiers", "exemptions", "onlyWhen");
  /** Sets whose growth widens or firms a commitment. */
  private static final Set<String> WIDENING =
      Set.of("requires", "changes", "arrangements", "affecting");
  /** Modalities from the strongest down; {@code commit} ranks with {@code will}. */
  private static final List<Modality> STRENGTH = List.of(
      Modality.WILL, Modality.SHOULD, Modality.ENDEAVOUR, Modality.ASPIRE, Modality.RECOGNISE);

  private Effects() {}

  /** Whether an element is a commitment, whose adding or removal strengthens or weakens. */
  static boolean isCommitment(Object element) {
    return element instanceof Rule || element instanceof Undertaking
        || element instanceof GovernanceDuty;
  }

  /** Whether a value is wording: free text, a citation, or a list of them. */
  static boolean isWording(Object before, Object after, boolean slug) {
    return !slug && isText(before) && isText(after) && (before != null || after != null);
  }

  private static boolean isText(Object value) {
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().allMatch(Effects::isText);
    }
    return value == null || value instanceof String || value instanceof Citation;
  }

  /**
   * The effect of a field of an element changing from one value to another (null when
   * absent).
   *
   * @param owner the element that holds the field, in the earlier version
   * @param later the same element in the later version
   * @param name the field's own name (the last part of its path)
   */
  static Effect of(Object owner, Object later, String name, Object before, Object after,
      boolean wording) {
    if (before instanceof TimeSpan || after instanceof TimeSpan) {
      return period(isMinimum(owner) || isMinimum(later), (TimeSpan) before, (TimeSpan) after);
    }
    if (before instanceof Modality && after instanceof Modality) {
      return modality((Modality) before, (Modality) after);
    }
    if (LIMITING.contains(name)) {
      return growth(before, after).inverse();
    }
    if (WIDENING.contains(name)) {
      return growth(before, after);
    }
    if (wording || !isCommitment(owner) && !isCommitment(later)) {
      return Effect.NEUTRAL;
    }
    return Effect.NOT_COMPARABLE;
  }

  /**
   * A period: a minimum (a rule whose kind starts with {@code minimum-}) is stronger when
   * longer; any other period (a time limit, an interval between meetings) is stronger when
   * shorter. A period that appears strengthens, one that goes weakens.
   */
  private static Effect period(boolean minimum, TimeSpan before, TimeSpan after) {
    if (before == null) {
      return Effect.STRENGTHENED;
    }
    if (after == null) {
      return Effect.WEAKENED;
    }
    Integer longer = DayRange.compare(after, before);
    if (longer == null) {
      return Effect.NOT_COMPARABLE;
    }
    if (longer == 0) {
      return Effect.NEUTRAL;
    }
    return longer > 0 == minimum ? Effect.STRENGTHENED : Effect.WEAKENED;
  }

  private static boolean isMinimum(Object element) {
    return element instanceof Rule && ((Rule) element).kind().startsWith("minimum-");
  }

  private static Effect modality(Modality before, Modality after) {
    int b = rank(before);
    int a = rank(after);
    if (a == b) {
      return Effect.NOT_COMPARABLE;
    }
    return a < b ? Effect.STRENGTHENED : Effect.WEAKENED;
  }

  private static int rank(Modality m) {
    return m == Modality.COMMIT ? 0 : STRENGTH.indexOf(m);
  }

  /** Strengthened when a set only gains members, weakened when it only loses them. */
  private static Effect growth(Object before, Object after) {
    Set<Object> b = members(before);
    Set<Object> a = members(after);
    boolean gained = !b.containsAll(a);
    boolean lost = !a.containsAll(b);
    if (gained && lost) {
      return Effect.NOT_COMPARABLE;
    }
    return gained ? Effect.STRENGTHENED : lost ? Effect.WEAKENED : Effect.NEUTRAL;
  }

  private static Set<Object> members(Object value) {
    if (value == null) {
      return Set.of();
    }
    if (value instanceof Collection) {
      return new HashSet<>((Collection<?>) value);
    }
    return Set.of(value);
  }
}
