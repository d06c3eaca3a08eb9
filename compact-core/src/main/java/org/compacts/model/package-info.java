/**
 * The compact itself: parties, signatories, principles, undertakings, codes of practice,
 * the resolution procedure, governance and the commitment form, each citing its source.
 *
 * <pre>{@code
 * Compact compact = Compact.builder()
 *     .id("example-compact")
 *     .title("Example Compact")
 *     .kind(CompactKind.COMPACT)
 *     .area("Example")
 *     .status(CompactStatus.ADOPTED)
 *     .addPrinciples(Principle.builder()
 *         .id("openness")
 *         .title("Openness")
 *         .source(Citation.of("3", "All partners will be open."))
 *         .build())
 *     .build();
 * }</pre>
 */
@CompactStyle
package org.compacts.model;
