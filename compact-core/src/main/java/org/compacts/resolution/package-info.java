/**
 * Disputes run through a compact's resolution procedure: open a case at stage 1, record what
 * happened on which day, and ask where the case stands as of a day.
 *
 * <pre>{@code
 * DisputeCase dispute = DisputeCase.open(compact, LocalDate.of(2025, 3, 3))
 *     .escalate(LocalDate.of(2025, 3, 10))      // to stage 2
 *     .submit(LocalDate.of(2025, 3, 10));
 * DisputeStatus status = dispute.status(LocalDate.of(2025, 4, 1));
 * status.getStageNumber();                       // 2
 * status.getDue().map(Deadline::getDueOn);        // 2025-03-31
 * status.isOverdue();                            // true
 * }</pre>
 *
 * <p>Nothing here reads the system clock: every step and every question names its day.
 */
package org.compacts.resolution;
