package org.compacts.resolution;

import java.util.Objects;

/**
 * Thrown when a dispute case is asked for something impossible: opening a case under a compact
 * with no usable resolution procedure, recording a step the case cannot take, or asking where
 * it stood before it was opened. The message names the problem and the values involved;
 * {@link #getProblem()} tells the problems apart.
 *
 * <pre>{@code
 * try {
 *   dispute.escalate(day);
 * } catch (DisputeException e) {
 *   if (e.getProblem() == DisputeException.Problem.PAST_LAST_STAGE) { ... }
 * }
 * }</pre>
 */
public final class DisputeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of impossible request. */
  public enum Problem {
    /** The compact has no resolution procedure. */
    NO_RESOLUTION_PROCEDURE,
    /** The resolution procedure has no stages. */
    NO_STAGES,
    /** The procedure's stages are not numbered 1..n in order. */
    STAGES_MISNUMBERED,
    /** {@link Step#OPENED} was recorded on a case, which is opened only once. */
    ALREADY_OPENED,
    /** A step was recorded on a resolved case. */
    CASE_RESOLVED,
    /** A step other than a resolution was recorded on a case referred to external bodies. */
    CASE_REFERRED,
    /** A step was dated before the step recorded before it. */
    DATE_BEFORE_PREVIOUS_STEP,
    /** A case already referred to the external bodies was escalated again. */
    PAST_LAST_STAGE,
    /** The last stage was escalated, but the procedure names no external bodies. */
    NO_EXTERNAL_BODIES,
    /** A response was recorded at a stage where nothing was submitted. */
    NOT_SUBMITTED,
    /** A second submission was recorded at one stage. */
    ALREADY_SUBMITTED,
    /** A second response was recorded at one stage. */
    ALREADY_RESPONDED,
    /** The case's status was asked for a day before it was opened. */
    BEFORE_OPENING
  }

  private final Problem problem;

  DisputeException(Problem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Which kind of impossible request this was. */
  public Problem getProblem() {
    return problem;
  }
}
