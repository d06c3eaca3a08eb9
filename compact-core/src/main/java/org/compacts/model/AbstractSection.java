package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/**
 * A section of narrative text that the rest of the model does not hold, such as the policy
 * context of a compact or the improvements it expects.
 */
@Value.Immutable
abstract class AbstractSection {
  /** The section's id, a slug unique among the compact's sections. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The heading as printed. */
  @NotBlank
  public abstract String getHeading();

  /** The paragraphs and bullets of the section, verbatim. */
  public abstract List<@Valid Citation> getParagraphs();
}
