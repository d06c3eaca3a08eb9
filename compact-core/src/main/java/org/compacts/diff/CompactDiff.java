package org.compacts.diff;

import java.util.List;
import java.util.Objects;
import org.compacts.model.Compact;

/**
 * What changed between two versions of a compact, element by element, and whether each change
 * weakened or strengthened what the compact promises.
 *
 * <pre>{@code
 * List<Change> changes = CompactDiff.between(compact2014, compact2019);
 * for (Change c : changes) {
 *   System.out.println(c.getType() + " " + c.getElement() + ": " + c.getEffect());
 * }
 * }</pre>
 *
 * <h2>Matching</h2>
 *
 * <p>Elements are matched by id within their kind: parties, signatories, objectives,
 * sections, principles, undertakings, rules, codes of practice, related documents, stages (by
 * number), external bodies, governance duties, and any other list of the model whose elements
 * carry an id (such as governance bodies). The compact itself is one element (kind
 * {@code compact}, empty id) whose fields are its own attributes and those of the parts it
 * holds once (its resolution procedure, governance, foreword, commitment form), with paths
 * such as {@code resolution/scope}. Lists without ids (citations, people, seats) are fields
 * compared whole. The diff reads the model's attributes from the value types themselves, so
 * a rule kind or a field added to the model is compared without new code, and its effect
 * follows from what the field means, by the rules below.
 *
 * <p>The changes come in document order: the compact's own fields, then each list in turn;
 * within a list the removed elements (in the earlier order), then the later version's
 * elements in order, each {@code moved} before {@code changed} where both hold. An element
 * is {@code moved} when its position among the elements that both versions share differs.
 * {@code between(a, a)} is empty, {@code between(a, b)} is empty exactly when
 * {@code a.equals(b)}, and {@code between(b, a)} holds the {@link Change#inverse()} of every
 * change of {@code between(a, b)}.
 *
 * <h2>Effects</h2>
 *
 * <p>Commitments are rules, undertakings and governance duties.
 * <ul>
 *   <li>A commitment added is {@code strengthened}, removed {@code weakened}; any other element
 *       added, removed or moved is {@code neutral}.
 *   <li>A period ({@link org.compacts.time.TimeSpan}): for a rule whose kind starts with
 *       {@code minimum-} ({@code minimum-notice}, {@code minimum-consultation},
 *       {@code minimum-term}) longer is {@code strengthened}, shorter {@code weakened}; for any
 *       other period (a {@code stage-time-limit}, a payment's time limit, a stage's time
 *       limit, the interval of a recurrence or duty) longer is {@code weakened}. Spans in one
 *       unit compare by amount; spans in different units compare by the range of days they can
 *       cover wherever they start (3 months is 89 to 92 days, 12 weeks 84, a year 365 or 366,
 *       working days by the England and Wales calendar): one is longer when the ranges do not
 *       overlap, and the change is {@code not-comparable} when they do, unless the two always
 *       cover the same days (12 months and 1 year, 2 weeks and 14 days), which is
 *       {@code neutral}. A period that appears is {@code strengthened}, one that goes
 *       {@code weakened}.
 *   <li>Modality, strongest first: {@code will} (and {@code commit}, its equal),
 *       {@code should}, {@code endeavour}, {@code aspire}, {@code recognise}: a step down is
 *       {@code weakened}, up {@code strengthened}; {@code will} to {@code commit} is
 *       {@code not-comparable}.
 *   <li>Sets that limit a commitment ({@code qualifiers} such as "where possible",
 *       {@code exemptions}, {@code onlyWhen} tags): a member added is {@code weakened}, removed
 *       {@code strengthened}.
 *   <li>Sets that widen or firm it ({@code requires} elements of notice, the {@code changes},
 *       {@code arrangements} and {@code affecting} sectors a rule covers): a member added is
 *       {@code strengthened}, removed {@code weakened}. A set that both gains and loses
 *       members is {@code not-comparable}.
 *   <li>Wording (free text, citations, lists of them: a rule's quoted source, a title) changed
 *       is {@code neutral}; the field change shows the old and new text.
 *   <li>Any other field of a commitment (a sector, an actor, a stage number, an id it refers
 *       to, a rule's kind) is {@code not-comparable}; of any other element, {@code neutral}.
 *   <li>A changed element combines its fields: {@code not-comparable} if any field is or if
 *       fields weaken and strengthen it at once, else {@code weakened} or
 *       {@code strengthened} if a field is, else {@code neutral}.
 * </ul>
 */
public final class CompactDiff {
  private CompactDiff() {}

  /**
   * The changes between two versions of a compact, in document order.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the changes, empty when the two are equal
   * @throws NullPointerException if either is null
   */
  public static List<Change> between(Compact before, Compact after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return Walker.between(before, after, Element.of("compact", ""));
  }
}
