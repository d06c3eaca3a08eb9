package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a compact is kept alive: the body that oversees it and the duties of its partners.
 *
 * <pre>{@code
 * Governance governance = Governance.builder()
 *     .overseenBy("Exampleshire Strategic Partnership")
 *     .addBodies(GovernanceBody.builder().id("strategic-partnership")
 *         .name("Exampleshire Strategic Partnership")
 *         .source(Citation.of("Governance", "The partnership oversees the Compact.")).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractGovernance {
  /** The body that oversees the compact, as printed. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getOverseenBy();

  /** What the source says about oversight, verbatim. */
  public abstract List<@Valid Citation> getStatements();

  /** The governance duties. */
  public abstract List<@Valid GovernanceDuty> getDuties();

  /** The bodies that oversee the compact, with their composition where the source states it. */
  public abstract List<@Valid GovernanceBody> getBodies();
}
