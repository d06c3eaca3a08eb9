package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The text output gives back exactly what was written, however written, and shares safely. */
class TextOutputTest {
  @TestFactory
  Stream<DynamicTest> givesBackWhatWasWritten() {
    return Property.forAll("text() is every piece written, in order", gen -> {
      StringBuilder first = new StringBuilder();
      assertThat(written(gen, first)).isEqualTo(first.toString());
      StringBuilder second = new StringBuilder();
      assertThat(written(gen, second)).as("on the kept array").isEqualTo(second.toString());
    });
  }

  @Test
  void aPieceLongerThanTwiceTheArrayFits() {
    String big = "\u2019".repeat(3 * 1024 * 1024);
    TextOutput out = TextOutput.open();
    out.write('[');
    out.write(big, 0, big.length());
    assertThat(out.text()).isEqualTo("[" + big);
  }

  @Test
  void writesOnManyThreadsAtOnceGiveEachItsOwnDocument() throws Exception {
    CompactJson json = CompactJson.create();
    List<Compact> compacts = LongStream.range(0, 200)
        .mapToObj(seed -> CompactGen.fullCompact(Gen.seeded(seed)))
        .collect(Collectors.toList());
    List<String> expected = compacts.stream().map(c -> json.mapper().writerFor(Compact.class)
        .with(Mappers.prettyPrinter()).writeValueAsString(c) + "\n").collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<String>> texts = compacts.stream()
            .map(c -> pool.submit(() -> json.write(c))).collect(Collectors.toList());
        for (int i = 0; i < texts.size(); i++) {
          assertThat(texts.get(i).get()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes random pieces, some long enough to make the array grow, in every way there is. */
  private static String written(Gen gen, StringBuilder expected) {
    TextOutput out = TextOutput.open();
    int pieces = gen.between(0, 60);
    for (int i = 0; i < pieces; i++) {
      String piece = gen.chance(0.1) ? gen.text(2000).repeat(gen.between(1, 8)) : gen.text(5) + "\u2019";
      int from = gen.between(0, piece.length() - 1);
      String tail = piece.substring(from);
      switch (gen.between(0, 3)) {
        case 0 -> out.write(piece.toCharArray(), from, tail.length());
        case 1 -> out.write(piece, from, tail.length());
        case 2 -> {
          out.write(piece.charAt(from));
          tail = tail.substring(0, 1);
        }
        default -> whole(out, tail);
      }
      expected.append(tail);
    }
    return out.text();
  }

  private static void whole(TextOutput out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
