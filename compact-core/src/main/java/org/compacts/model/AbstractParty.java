package org.compacts.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * An organisation that is party to a compact.
 *
 * <pre>{@code
 * Party scvo = Party.builder()
 *     .id("scvo")
 *     .name("Sandwell Council of Voluntary Organisations")
 *     .sector(Sector.VOLUNTARY_COMMUNITY)
 *     .bodyType(BodyType.INFRASTRUCTURE_BODY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractParty {
  /** The party's id, a slug unique among the compact's parties. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** The organisation's name as printed. */
  @NotBlank
  public abstract String getName();

  /** The sector the organisation belongs to. */
  public abstract Sector getSector();

  /** The type of body the organisation is. */
  public abstract BodyType getBodyType();
}
