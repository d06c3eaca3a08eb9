package org.compacts.model;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * What a compact says one of the sectors includes.
 */
@Value.Immutable
abstract class AbstractSectorDefinition {
  /** The sector defined. */
  public abstract Sector getSector();

  /** The definition, verbatim. */
  @Valid
  public abstract Citation getSource();
}
