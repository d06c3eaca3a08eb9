package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The form an organisation signs to adhere to a compact: what it agrees to, the blanks it
 * fills in, and where to send it.
 */
@Value.Immutable
abstract class AbstractCommitmentForm {
  /** The form's title as printed, such as "Your commitment:". */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getTitle();

  /** What the signing organisation agrees to, verbatim. */
  public abstract List<@Valid Citation> getStatements();

  /** The names of the blanks to fill in, as printed, such as "Name" and "Date". */
  public abstract List<@NotBlank String> getFields();

  /** Where to return the form. */
  public abstract Optional<@Valid Contact> getReturnTo();
}
