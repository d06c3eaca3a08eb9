package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a compact refers to, such as the earlier compact it replaces or a national guide.
 */
@Value.Immutable
abstract class AbstractRelatedDocument {
  /** The document's id, a slug unique among the compact's related documents. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The title as printed. */
  @NotBlank
  public abstract String getTitle();

  /** How the compact relates to it, such as "replaces" or "refers to". */
  @NotBlank
  public abstract String getRelation();

  /** Where to find it, as printed. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getLocation();

  /** Where the source names it, verbatim. */
  public abstract Optional<@Valid Citation> getSource();
}
