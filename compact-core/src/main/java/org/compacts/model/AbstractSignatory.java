package org.compacts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who signed a compact, in a position, for a party.
 *
 * <pre>{@code
 * Signatory s = Signatory.builder()
 *     .id("mark-davis")
 *     .name("Mark Davis")
 *     .position("Chief Executive")
 *     .party("scvo")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractSignatory {
  /** The signatory's id, a slug unique among the compact's signatories. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The person's name as printed. */
  @NotBlank
  public abstract String getName();

  /** The position in which the person signed, as printed. */
  @NotBlank
  public abstract String getPosition();

  /** The id of the party the person signed for; it must name one of the compact's parties. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getParty();

  /** The words of the source that name the signatory, where the compact cites them. */
  public abstract Optional<@jakarta.validation.Valid Citation> getSource();
}
