package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A key repeated in any object, at any depth, is refused and located at its second use. */
class DuplicateKeyPropertiesTest {
  /** A canonical line holding one key and a scalar value. */
  private static final Pattern SCALAR_FIELD =
      Pattern.compile("^\\s*\"(\\w+)\": (\".*\"|-?\\d+|true|false),?$");

  private final CompactJson json = CompactJson.create();

  @TestFactory
  Stream<DynamicTest> aRepeatedKeyIsRefusedWhereItIsRepeated() {
    return Property.forAll("a repeated key anywhere is a duplicate-key problem", gen -> {
      List<String> lines = new ArrayList<>(Arrays.asList(
          json.write(gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen))
              .split("\n", -1)));
      int at = field(gen, lines);
      String key = key(lines.get(at));
      String copy = lines.get(at).endsWith(",") ? lines.get(at) : lines.get(at) + ",";
      lines.add(at, copy);
      String document = String.join("\n", lines);

      for (boolean lenient : new boolean[] {false, true}) {
        CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
            () -> {
              if (lenient) {
                json.readLenient(document);
              } else {
                json.readUnvalidated(document);
              }
            });
        assertThat(e).as("line %d: %s", at + 1, copy).isNotNull();
        JsonProblem p = e.getProblems().get(0);
        assertThat(p.getCode()).isEqualTo("duplicate-key");
        assertThat(p.getPointer()).endsWith("/" + key);
        assertThat(p.getLine()).isEqualTo(at + 2);
      }
    });
  }

  /** The index of a random line that holds a key and a scalar. */
  private static int field(Gen gen, List<String> lines) {
    List<Integer> fields = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (SCALAR_FIELD.matcher(lines.get(i)).matches()) {
        fields.add(i);
      }
    }
    return gen.pick(fields);
  }

  private static String key(String line) {
    Matcher m = SCALAR_FIELD.matcher(line);
    assertThat(m.matches()).isTrue();
    return m.group(1);
  }
}
