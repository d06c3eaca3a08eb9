package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.compacts.diff.Change;
import org.compacts.diff.CompactDiff;
import org.compacts.diff.FieldChange;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactEdits;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** The diff's JSON Pointers find their elements and fields in the documents as written. */
class DiffPointerPropertiesTest {
  private static final CompactJson JSON = CompactJson.create();

  private static Compact compact(Gen gen) {
    return gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen);
  }

  @TestFactory
  Stream<DynamicTest> everyPointerResolvesInItsDocument() {
    return Property.forAll("every change's pointers resolve in its document", gen -> {
      Compact a = compact(gen);
      Compact b = gen.chance(0.1) ? compact(gen) : CompactEdits.edit(a, gen);
      // An edit may leave a dangling reference: pointers are about places, not validity.
      JsonNode docA = JSON.mapper().readTree(JSON.writeUnvalidated(a));
      JsonNode docB = JSON.mapper().readTree(JSON.writeUnvalidated(b));
      for (Change c : CompactDiff.between(a, b)) {
        c.getBeforePointer().ifPresent(p -> assertThat(docA.at(p).isMissingNode())
            .as("%s in the earlier document: %s", p, c).isFalse());
        c.getAfterPointer().ifPresent(p -> assertThat(docB.at(p).isMissingNode())
            .as("%s in the later document: %s", p, c).isFalse());
        if (c.getBefore().isPresent() && c.getBeforePointer().isPresent()
            && !(c.getBefore().get() instanceof Integer)) {
          assertThat(docA.at(c.getBeforePointer().get()))
              .isEqualTo(JSON.mapper().valueToTree(c.getBefore().get()));
        }
        for (FieldChange f : c.getFields()) {
          if (f.getBefore().isPresent()) {
            String p = c.getBeforePointer().orElseThrow() + "/" + f.getPath();
            assertThat(docA.at(p).isMissingNode()).as("%s in the earlier document", p).isFalse();
          }
          if (f.getAfter().isPresent()) {
            String p = c.getAfterPointer().orElseThrow() + "/" + f.getPath();
            assertThat(docB.at(p).isMissingNode()).as("%s in the later document", p).isFalse();
          }
        }
      }
    });
  }
}
