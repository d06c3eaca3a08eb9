/**
 * Grants published in the 360Giving Data Standard, read as {@code funding-award} events: a
 * JSON package or the flattened CSV, a grant at a time, in the memory of one grant.
 *
 * <pre>{@code
 * try (GrantReader grants = ThreeSixtyGiving.create().open(Path.of("grants.json"))) {
 *   for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) {
 *     if (grant.isRead()) {
 *       findings.addAll(prepared.check(grant.getEvent(), asOf));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link org.compacts.json.grants.ThreeSixtyGiving} says how a grant becomes an event: its
 * term, its sectors, and what is done with the dates real files write.
 */
package org.compacts.json.grants;
