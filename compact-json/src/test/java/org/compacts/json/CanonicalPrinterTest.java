package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The canonical printer lays out as {@link Mappers#prettyPrinter()} does, plus a line feed. */
class CanonicalPrinterTest {
  private final CompactJson json = CompactJson.create();

  @TestFactory
  Stream<DynamicTest> everyWriteIsTheGeneralLayoutAndALineFeed() {
    return Property.forAll("each write of c is the general printer's layout of c and \\n",
        gen -> {
          Compact compact = compact(gen);
          String expected = json.mapper().writerFor(Compact.class)
              .with(Mappers.prettyPrinter()).writeValueAsString(compact) + "\n";
          assertThat(json.write(compact)).isEqualTo(expected);
          assertThat(new String(json.writeBytes(compact), StandardCharsets.UTF_8))
              .isEqualTo(expected);
          assertThat(streamed(compact)).isEqualTo(expected);
          assertThat(written(compact)).isEqualTo(expected);
        });
  }

  @Test
  void nestingDeeperThanThePrebuiltBreaksAndEmptyContainersAreLaidOutAlike() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode node = root;
    for (int level = 0; level < 40; level++) {
      node.putObject("empty");
      node.putArray("none");
      ArrayNode list = node.putArray("list");
      list.add(level).add("x").addArray();
      node = list.addObject();
    }
    JsonMapper plain = JsonMapper.builder().build();
    assertThat(plain.writer().with(new CanonicalPrinter()).writeValueAsString(root))
        .isEqualTo(plain.writer().with(Mappers.prettyPrinter()).writeValueAsString(root) + "\n");
  }

  private String streamed(Compact compact) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      json.write(compact, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private String written(Compact compact) {
    StringWriter out = new StringWriter();
    try {
      json.write(compact, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A generated compact; every fourth one has every optional part and list filled. */
  private static Compact compact(Gen gen) {
    return gen.seed() % 4 == 0 ? CompactGen.fullCompact(gen) : CompactGen.compact(gen);
  }
}
