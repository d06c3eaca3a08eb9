package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body outside the compact that can help when its procedure is exhausted, such as the
 * Local Government Ombudsman.
 */
@Value.Immutable
abstract class AbstractExternalBody {
  /** The body's id, a slug unique among the procedure's external bodies. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The body's name as printed. */
  @NotBlank
  public abstract String getName();

  /** How to reach the body. */
  @Valid
  public abstract Contact getContact();

  /** What the source says the body can do, verbatim. */
  public abstract Optional<@Valid Citation> getSource();
}
