package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson's own kebab-case enum naming writes every enum constant of the model with the very
 * bytes of the project's former mapping (lower case, underscores to hyphens), and the
 * project's reader reads them back.
 */
class EnumNamingTest {
  private static final JsonMapper MAPPER = CompactJson.create().mapper();
  private static final JsonMapper MODULE_ONLY =
      JsonMapper.builder().addModule(new CompactsModule()).build();

  @TestFactory
  Stream<DynamicTest> everyConstantIsWrittenInKebabCaseAndReadBack() {
    return CompactsModule.enums().stream()
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(constant -> DynamicTest.dynamicTest(constant.getDeclaringClass().getSimpleName()
            + "." + constant.name(), () -> {
              String expected = "\"" + constant.name().toLowerCase(Locale.ROOT).replace('_', '-')
                  + "\"";
              assertThat(MAPPER.writeValueAsString(constant)).isEqualTo(expected);
              assertThat(MODULE_ONLY.writeValueAsString(constant)).isEqualTo(expected);
              assertThat(KebabEnums.name(constant)).isEqualTo(expected.replace("\"", ""));
              assertThat(MAPPER.readValue(expected, constant.getDeclaringClass()))
                  .isSameAs(constant);
            }));
  }
}
