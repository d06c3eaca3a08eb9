package org.compacts.testkit;

import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a property over many seeds as JUnit 5 dynamic tests, one per seed, each named by its
 * seed; a failure says which seed failed and how to replay it.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> validCompactsHaveNoViolations() {
 *   return Property.forAll("valid compacts have no violations", gen -> {
 *     Compact c = CompactGen.compact(gen);
 *     assertThat(CompactValidator.create().validate(c)).isEmpty();
 *   });
 * }
 * }</pre>
 *
 * <p>System properties: {@code compacts.tries} (default 1000) sets how many seeds run,
 * {@code compacts.seedBase} (default 0) where they start, and {@code compacts.seed} replays one.
 */
public final class Property {
  private Property() {}

  /** How many seeds each property runs. */
  public static int tries() {
    return Integer.getInteger("compacts.tries", 1000);
  }

  /**
   * Returns one dynamic test per seed.
   *
   * @param name what the property says
   * @param property the check, given a generator seeded for this try
   * @return the dynamic tests
   */
  public static Stream<DynamicTest> forAll(String name, Consumer<Gen> property) {
    String replay = System.getProperty("compacts.seed");
    LongStream seeds = replay != null
        ? LongStream.of(Long.parseLong(replay))
        : LongStream.range(0, tries()).map(i -> Long.getLong("compacts.seedBase", 0L) + i);
    return seeds.mapToObj(seed ->
        DynamicTest.dynamicTest(name + " [seed " + seed + "]", () -> check(name, seed, property)));
  }

  private static void check(String name, long seed, Consumer<Gen> property) {
    try {
      property.accept(Gen.seeded(seed));
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("Property '" + name + "' failed for seed " + seed
          + " (replay with -Dcompacts.seed=" + seed + "): " + e.getMessage(), e);
    }
  }
}
