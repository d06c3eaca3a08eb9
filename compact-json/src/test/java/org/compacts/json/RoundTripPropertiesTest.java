package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Round trips over generated valid compacts and events, one dynamic test per seed. */
class RoundTripPropertiesTest {
  private final CompactJson json = CompactJson.create();

  @TestFactory
  Stream<DynamicTest> readingWhatWasWrittenGivesAnEqualCompact() {
    return Property.forAll("read(write(c)) equals c", gen -> {
      Compact compact = compact(gen);
      assertThat(json.read(json.write(compact))).isEqualTo(compact);
    });
  }

  @TestFactory
  Stream<DynamicTest> writingWhatWasReadGivesTheSameBytes() {
    return Property.forAll("write(read(write(c))) is write(c), byte for byte", gen -> {
      byte[] canonical = json.writeBytes(compact(gen));
      assertThat(json.writeBytes(json.read(canonical))).isEqualTo(canonical);
    });
  }

  @TestFactory
  Stream<DynamicTest> equalCompactsAreWrittenAlike() {
    return Property.forAll("equal compacts give identical bytes", gen -> {
      Compact compact = compact(gen);
      Compact copy = Compact.builder().from(compact).build();
      String text = json.write(compact);
      assertThat(json.write(copy)).isEqualTo(text);
      assertThat(json.writeBytes(copy)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    });
  }

  @TestFactory
  Stream<DynamicTest> eventsRoundTrip() {
    return Property.forAll("events read back equal and write back the same", gen -> {
      Event event = EventGen.event(gen);
      String text = json.writeEvent(event);
      assertThat(json.readEvent(text)).isEqualTo(event);
      assertThat(json.writeEvent(json.readEvent(text))).isEqualTo(text);
      List<Event> events = gen.list(0, 4, () -> EventGen.event(gen));
      assertThat(json.readEvents(json.writeEvents(events))).isEqualTo(events);
    });
  }

  /** A generated compact; every fourth one has every optional part and list filled. */
  private static Compact compact(Gen gen) {
    return gen.seed() % 4 == 0 ? CompactGen.fullCompact(gen) : CompactGen.compact(gen);
  }
}
