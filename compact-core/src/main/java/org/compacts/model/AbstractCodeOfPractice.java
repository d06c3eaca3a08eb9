package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code of practice a compact includes or refers to, such as the Funding code.
 *
 * <pre>{@code
 * CodeOfPractice funding = CodeOfPractice.builder()
 *     .id("funding")
 *     .topic("Funding")
 *     .inclusion(CodeInclusion.REFERENCED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCodeOfPractice {
  /** The code's id, a slug unique among the compact's codes of practice. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The topic or title as printed. */
  @NotBlank
  public abstract String getTopic();

  /** Whether the code is printed in the compact or only referred to. */
  public abstract CodeInclusion getInclusion();

  /** Where the source names the code, if it is cited. */
  public abstract Optional<@Valid Citation> getSource();
}
