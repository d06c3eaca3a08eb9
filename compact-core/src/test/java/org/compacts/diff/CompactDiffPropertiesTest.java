package org.compacts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactEdits;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CompactDiffPropertiesTest {
  /** Another version of a compact: itself rebuilt, an edited copy, or a different compact. */
  static Compact other(Compact a, Gen gen) {
    double roll = gen.between(0, 99);
    if (roll < 10) {
      return Compact.builder().from(a).build();
    }
    if (roll < 20) {
      return gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen);
    }
    return CompactEdits.edit(a, gen);
  }

  static Compact compact(Gen gen) {
    return gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen);
  }

  /** The pairs the properties see hold equal and different compacts both, often. */
  @Test
  void thePairsAreEqualAndDifferentAlike() {
    int equal = 0;
    int tries = Math.max(Property.tries(), 100);
    for (int seed = 0; seed < tries; seed++) {
      Gen gen = Gen.seeded(seed);
      Compact a = compact(gen);
      if (a.equals(other(a, gen))) {
        equal++;
      }
    }
    assertThat(equal).isBetween(tries / 10, tries / 2);
  }

  @TestFactory
  Stream<DynamicTest> aCompactHasNoChangesFromItself() {
    return Property.forAll("diff(a, a) is empty", gen -> {
      Compact a = compact(gen);
      assertThat(CompactDiff.between(a, a)).isEmpty();
      assertThat(CompactDiff.between(a, Compact.builder().from(a).build())).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> noChangesExactlyWhenEqual() {
    return Property.forAll("diff(a, b) is empty exactly when a equals b", gen -> {
      Compact a = compact(gen);
      Compact b = other(a, gen);
      assertThat(CompactDiff.between(a, b).isEmpty()).isEqualTo(a.equals(b));
    });
  }

  @TestFactory
  Stream<DynamicTest> theReverseDiffIsTheInverse() {
    return Property.forAll("diff(b, a) is the inverse of diff(a, b)", gen -> {
      Compact a = compact(gen);
      Compact b = other(a, gen);
      List<Change> forward = CompactDiff.between(a, b);
      List<Change> backward = CompactDiff.between(b, a);
      assertThat(backward).containsExactlyInAnyOrderElementsOf(
          forward.stream().map(Change::inverse).toList());
      for (Change c : forward) {
        Change i = c.inverse();
        assertThat(i.getBefore()).isEqualTo(c.getAfter());
        assertThat(i.getEffect()).isEqualTo(c.getEffect().inverse());
        assertThat(i.inverse()).isEqualTo(c);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> everyChangeIsWhereItsElementIs() {
    return Property.forAll("pointers and values of changes fit their type", gen -> {
      Compact a = compact(gen);
      Compact b = other(a, gen);
      for (Change c : CompactDiff.between(a, b)) {
        switch (c.getType()) {
          case ADDED:
            assertThat(c.getBeforePointer()).isEmpty();
            assertThat(c.getAfterPointer()).isPresent();
            assertThat(c.getAfter()).isPresent();
            break;
          case REMOVED:
            assertThat(c.getAfterPointer()).isEmpty();
            assertThat(c.getBefore()).isPresent();
            break;
          case MOVED:
            assertThat(c.getBefore()).isNotEqualTo(c.getAfter());
            assertThat(c.getEffect()).isEqualTo(Effect.NEUTRAL);
            break;
          default:
            assertThat(c.getFields()).isNotEmpty();
            assertThat(c.getFields()).allSatisfy(f ->
                assertThat(f.getBefore()).isNotEqualTo(f.getAfter()));
        }
      }
    });
  }
}
