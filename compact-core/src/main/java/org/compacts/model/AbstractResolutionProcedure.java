package org.compacts.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a compact resolves disagreements: what the procedure covers and does not, its ordered
 * stages, how cases are recorded, and the external bodies at the end of it.
 */
@Value.Immutable
abstract class AbstractResolutionProcedure {
  /** What the procedure is for and how it is meant to be used, verbatim. */
  public abstract List<@Valid Citation> getScope();

  /** What the procedure does not cover or does not change, verbatim. */
  public abstract List<@Valid Citation> getExclusions();

  /** The stages, numbered 1..n in order. */
  public abstract List<@Valid Stage> getStages();

  /** How complaints and discussions are recorded, verbatim. */
  public abstract List<@Valid Citation> getRecordKeeping();

  /** Bodies outside the compact that can help. */
  public abstract List<@Valid ExternalBody> getExternalBodies();

  /** Anything else the procedure says, verbatim. */
  public abstract List<@Valid Citation> getNotes();
}
