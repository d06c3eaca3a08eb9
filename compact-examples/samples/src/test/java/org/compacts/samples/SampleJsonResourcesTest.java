package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each sample's shipped JSON document is what compact-json writes for its Java value. */
class SampleJsonResourcesTest {
  private static final CompactJson JSON = CompactJson.create();

  @TestFactory
  Stream<DynamicTest> resourceIsTheCanonicalWriteOfTheJavaValue() {
    return SampleCompacts.all().stream().map(sample -> DynamicTest.dynamicTest(sample.getId(),
        () -> {
          String resource = SampleCompacts.canonicalJson(sample.getId()).orElseThrow();
          assertThat(resource).isEqualTo(JSON.write(sample));
          Compact read = JSON.read(resource);
          assertThat(read).isEqualTo(sample);
          assertThat(JSON.write(read)).isEqualTo(resource);
        }));
  }

  @Test
  void unknownIdHasNoDocument() {
    assertThat(SampleCompacts.canonicalJson("no-such-compact")).isEmpty();
  }
}
