package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A shared principle or value of a compact.
 *
 * <pre>{@code
 * Principle p = Principle.builder()
 *     .id("openness-honesty-and-respect")
 *     .title("Openness, honesty and respect")
 *     .source(Citation.of("Section 3", "Openness, honesty and respect: All partners will ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPrinciple {
  /** The principle's id, a slug unique among the compact's principles. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The title as printed, where the principle has one (two principles may share a title). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getTitle();

  /** The id of the objective the principle sits under, where it sits under one. */
  public abstract Optional<@Pattern(regexp = Slug.REGEX) String> getObjective();

  /** Where the principle stands in the source, and its verbatim words. */
  @Valid
  public abstract Citation getSource();
}
