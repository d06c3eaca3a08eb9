package org.compacts.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded source of random values for property tests: the same seed gives the same values,
 * so a failure names its seed and can be replayed.
 *
 * <pre>{@code
 * Gen gen = Gen.seeded(42);
 * int n = gen.between(1, 10);
 * String id = gen.slug();
 * }</pre>
 */
public final class Gen {
  private static final String[] WORDS = {
    "partnership", "community", "council", "voluntary", "sector", "funding", "openness",
    "respect", "local", "services", "volunteering", "commissioning", "consultation", "trust",
    "equality", "independence", "resources", "outcomes", "dialogue", "support", "needs",
    "Sandwell’s", "co-production", "well-being", "VCS", "(SCVO)", "4(ii)", "£1,000", "–", "café"
  };

  private final long seed;
  private final SplittableRandom random;

  private Gen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Returns a generator for a seed. */
  public static Gen seeded(long seed) {
    return new Gen(seed);
  }

  /** The seed this generator started from. */
  public long seed() {
    return seed;
  }

  /** A whole number from {@code min} to {@code max}, both inclusive. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** True or false, evenly. */
  public boolean bool() {
    return random.nextBoolean();
  }

  /** One of the values, evenly. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the values, evenly. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One constant of an enum, evenly. */
  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(type.getEnumConstants());
  }

  /** A set of constants of an enum with at least {@code min} members. */
  public <E extends Enum<E>> EnumSet<E> subset(Class<E> type, int min) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (bool()) {
        set.add(e);
      }
    }
    E[] all = type.getEnumConstants();
    while (set.size() < min) {
      set.add(all[random.nextInt(all.length)]);
    }
    return set;
  }

  /** A value or empty, evenly. */
  public <T> Optional<T> optional(Supplier<T> value) {
    return bool() ? Optional.of(value.get()) : Optional.empty();
  }

  /** A list of {@code min} to {@code max} values. */
  public <T> List<T> list(int min, int max, Supplier<T> value) {
    int n = between(min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(value.get());
    }
    return out;
  }

  /** A word, sometimes with punctuation or non-ASCII letters. */
  public String word() {
    return pick(WORDS);
  }

  /** Non-blank text of one to {@code maxWords} words. */
  public String text(int maxWords) {
    int n = between(1, maxWords);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(word());
    }
    return sb.toString();
  }

  /** A sentence of up to 20 words, capitalised and ending in a full stop. */
  public String sentence() {
    String text = text(20);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  /** A slug of one to three lower-case parts; not unique, see {@link Ids}. */
  public String slug() {
    int parts = between(1, 3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        sb.append('-');
      }
      int len = between(1, 8);
      for (int j = 0; j < len; j++) {
        sb.append((char) (chance(0.2) ? '0' + random.nextInt(10) : 'a' + random.nextInt(26)));
      }
    }
    return sb.toString();
  }

  /** A day from {@code from} to {@code to}, both inclusive. */
  public LocalDate date(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return from.plusDays((long) (random.nextDouble() * (span + 1)));
  }

  /** A day in the years 2015 to 2029, the span the shipped holiday calendar covers with room. */
  public LocalDate date() {
    return date(LocalDate.of(2015, 1, 1), LocalDate.of(2029, 6, 30));
  }
}
