package org.compacts.samples;

import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Party;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.Sector;
import org.compacts.model.Undertaking;

/** Short factories for the elements the samples repeat most, so each reads like its source. */
final class Elements {
  private Elements() {}

  /** A party. */
  static Party party(String id, String name, Sector sector, BodyType bodyType) {
    return Party.builder().id(id).name(name).sector(sector).bodyType(bodyType).build();
  }

  /** A principle with a title printed before its words. */
  static Principle principle(String id, String title, String clause, String text) {
    return Principle.builder().id(id).title(title).source(Citation.of(clause, text)).build();
  }

  /** A principle printed without a title. */
  static Principle principle(String id, String clause, String text) {
    return Principle.builder().id(id).source(Citation.of(clause, text)).build();
  }

  /**
   * An undertaking, left open so that the caller can add its objective, party or codes.
   */
  static Undertaking.Builder undertaking(String id, Actor actor, Modality modality,
      String clause, String text, Qualifier... qualifiers) {
    return Undertaking.builder()
        .id(id)
        .actor(actor)
        .modality(modality)
        .addQualifiers(qualifiers)
        .source(Citation.of(clause, text));
  }
}
