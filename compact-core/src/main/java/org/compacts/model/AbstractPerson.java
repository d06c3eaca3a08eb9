package org.compacts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person, such as the author of a foreword.
 *
 * <pre>{@code
 * Person p = Person.builder().name("Mark Davis").position("Chief Executive").build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPerson {
  /** The person's name as printed. */
  @NotBlank
  public abstract String getName();

  /** The person's position as printed, such as "Chief Executive". */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getPosition();

  /** The organisation the person speaks for, as printed. */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getOrganisation();
}
