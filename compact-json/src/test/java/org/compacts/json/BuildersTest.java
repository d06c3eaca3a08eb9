package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.compacts.model.Compact;
import org.compacts.model.Party;
import org.compacts.model.Undertaking;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;

/**
 * The model's builders are read through compiled functions, not reflection, and through
 * Jackson's plain path for objects rather than its general one.
 */
class BuildersTest {
  private final CompactJson json = CompactJson.create();

  /**
   * The library's part of the stack of the failure a builder's {@code build()} threw for a
   * party with no name, in a compact.
   */
  private List<StackTraceElement> buildFailure() {
    Throwable e = catchThrowable(() -> json.mapper().readValue(Documents.minimalWith(
        "\"parties\": [{\"id\": \"council\", \"sector\": \"public\","
            + " \"bodyType\": \"local-authority\"}]"), Compact.class));
    assertThat(e).as("a party with no name is refused").isNotNull();
    while (e.getCause() != null && !(e instanceof IllegalStateException)) {
      e = e.getCause();
    }
    assertThat(e).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required attributes are not set [name]");
    List<StackTraceElement> stack = new ArrayList<>();
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(BuildersTest.class.getName())) {
        break;
      }
      stack.add(frame);
    }
    assertThat(stack).anyMatch(f -> f.getClassName().equals(Party.Builder.class.getName()));
    return stack;
  }

  @Test
  void buildIsCalledThroughACompiledFunction() {
    List<StackTraceElement> stack = buildFailure();
    assertThat(stack).anyMatch(f -> f.getClassName().equals(Builders.CompiledBuild.class
        .getName()) && f.getMethodName().equals("finishBuild"));
    assertThat(stack).noneMatch(f -> f.getClassName().startsWith("java.lang.reflect.")
        || f.getClassName().startsWith("jdk.internal.reflect."));
  }

  @Test
  void objectsAreReadOnJacksonsPlainPath() {
    assertThat(json.mapper().isEnabled(MapperFeature.DEFAULT_VIEW_INCLUSION)).isTrue();
    Throwable e = catchThrowable(() -> json.mapper().readValue("{\"id\": \"council-consults\","
        + " \"actor\": \"public-sector\", \"modality\": \"will\","
        + " \"source\": {\"clause\": \"4(ii)\"}}", Undertaking.class));
    while (e.getCause() != null && !(e instanceof IllegalStateException)) {
      e = e.getCause();
    }
    assertThat(e).hasMessageContaining("[text]");
    // The citation failed inside the undertaking, read on the plain path.
    assertThat(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals("_vanillaDeserialize"))
        .noneMatch(f -> f.getMethodName().equals("deserializeFromObject"));
  }

  @Test
  void aMissingFieldIsStillReportedByName() {
    Throwable e = catchThrowable(() -> json.read(Documents.MINIMAL.replace("\"title\"",
        "\"subtitle\"")));
    assertThat(e).isInstanceOf(CompactJsonException.class);
    assertThat(((CompactJsonException) e).getProblems())
        .anyMatch(p -> p.getCode().equals("missing-field") && p.getPointer().equals("/title"));
    assertThat(json.read(json.write(Documents.small()))).isEqualTo(Documents.small());
  }
}
