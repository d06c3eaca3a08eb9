package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intended outcome, objective or themed section of a compact, under which principles and
 * undertakings sit.
 *
 * <pre>{@code
 * Objective o = Objective.builder()
 *     .id("better-services")
 *     .label("4(ii)")
 *     .title("better services in Sandwell that meet local needs")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractObjective {
  /** The objective's id, a slug unique among the compact's objectives. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The number or label as printed, such as {@code 1} or {@code 4(i)}. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getLabel();

  /** The title as printed. */
  @NotBlank
  public abstract String getTitle();

  /** Statements that introduce or explain the objective, verbatim. */
  public abstract List<@Valid Citation> getStatements();
}
