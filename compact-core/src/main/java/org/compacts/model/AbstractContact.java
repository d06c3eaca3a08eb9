package org.compacts.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a body or person: postal address lines, telephone, email, website.
 *
 * <pre>{@code
 * Contact lgo = Contact.builder()
 *     .addAddress("PO Box 4771", "Coventry", "CV4 0EH")
 *     .telephone("0300 061 0614")
 *     .website("www.lgo.org.uk")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractContact {
  /** The person or team to address, as printed. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getAttention();

  /** The postal address, one line per element, as printed. */
  public abstract List<@NotBlank String> getAddress();

  /** The telephone number as printed. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getTelephone();

  /** The email address. */
  public abstract Optional<@Email @Pattern(regexp = Text.NOT_BLANK) String> getEmail();

  /** The website as printed, such as {@code www.lgo.org.uk}. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getWebsite();
}
