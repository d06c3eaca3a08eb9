/**
 * What changed between two versions of a compact: elements matched by id within their kind,
 * each change added, removed, changed or moved, and whether it weakened or strengthened a
 * commitment. See {@link org.compacts.diff.CompactDiff} for the rules.
 *
 * <pre>{@code
 * List<Change> changes = CompactDiff.between(before, after);
 * changes.stream().filter(c -> c.getEffect() == Effect.WEAKENED).forEach(...);
 * }</pre>
 */
@CompactStyle
package org.compacts.diff;

import org.compacts.model.CompactStyle;
