package org.compacts.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one side of a compact says it will do, how strongly, and on what terms.
 *
 * <pre>{@code
 * Undertaking u = Undertaking.builder()
 *     .id("vcs-seeks-views")
 *     .actor(Actor.VOLUNTARY_SECTOR)
 *     .modality(Modality.WILL)
 *     .addQualifiers(Qualifier.WHERE_POSSIBLE)
 *     .objective("better-services")
 *     .source(Citation.of("4(ii)", "seeks the views of service users ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractUndertaking {
  /** The undertaking's id, a slug unique among the compact's undertakings. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  /** Who gives the undertaking. */
  public abstract Actor getActor();

  /** The id of the party that gives it, when the actor is {@link Actor#PARTY}. */
  public abstract Optional<@Pattern(regexp = Slug.REGEX) String> getParty();

  /** How strongly it is put. */
  public abstract Modality getModality();

  /** What limits it, such as "where possible"; iterated in declaration order. */
  public abstract Set<Qualifier> getQualifiers();

  /** The id of the objective, outcome or themed section it sits under, if any. */
  public abstract Optional<@Pattern(regexp = Slug.REGEX) String> getObjective();

  /** The ids of the codes of practice it refers to. */
  public abstract List<@Pattern(regexp = Slug.REGEX) String> getCodesOfPractice();

  /** Where the undertaking stands in the source, and its verbatim words. */
  @Valid
  public abstract Citation getSource();
}
