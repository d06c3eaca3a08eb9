package org.compacts.testkit;

import java.util.HashSet;
import java.util.Set;

/** Hands out slugs that are unique within one generated compact. */
final class Ids {
  private final Gen gen;
  private final Set<String> used = new HashSet<>();

  Ids(Gen gen) {
    this.gen = gen;
  }

  String next() {
    String id = gen.slug();
    while (!used.add(id)) {
      id = id + "-" + gen.between(0, 9);
    }
    return id;
  }
}
