package org.compacts.model;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * Where something stands in its source text: the clause or section label as printed
 * ({@code 4(ii)}, {@code g}, {@code Stage 2}) and the verbatim words.
 *
 * <pre>{@code
 * Citation c = Citation.of("Stage 2", "Request a written response within 21 days.");
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCitation {
  /** The clause, section or stage label as printed in the source. */
  @Value.Parameter
  @NotBlank
  public abstract String getClause();

  /** The verbatim text, with whitespace and bullet characters normalised. */
  @Value.Parameter
  @NotBlank
  public abstract String getText();
}
