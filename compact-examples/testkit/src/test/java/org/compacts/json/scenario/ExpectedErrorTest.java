package org.compacts.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code "expectError"}, {@code "holidays"} and {@code "division"} in scenario files: a refusal
 * that is not the one expected, or findings where a refusal was expected, fail the scenario.
 */
class ExpectedErrorTest {
  private static final String STEP = "{\"type\": \"dispute-step\", \"stage\": 2,"
      + " \"startedOn\": \"2030-12-23\", \"completedOn\": \"2031-01-02\"}";
  private static final String EARLY_STEP = STEP.replace("2030-12-23", "2025-03-03")
      .replace("2031-01-02", "2025-03-10");

  @TempDir
  Path dir;

  private final ScenarioRunner runner = ScenarioRunner.create(id -> Optional.empty());
  private Path valid;
  private Path seats;

  @BeforeEach
  void compacts() throws URISyntaxException, IOException {
    valid = copy("working-days.json");
    seats = copy("seats-do-not-add-up.json");
  }

  private Path copy(String name) throws URISyntaxException, IOException {
    Path from = Path.of(ExpectedErrorTest.class.getResource("/scenarios/bodies-and-calendars/documents/" + name).toURI());
    return Files.copy(from, dir.resolve(name));
  }

  private ScenarioResult run(String compact, String event, String rest) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, "{\"name\": \"n\", \"compactFile\": \"" + compact + "\","
        + " \"asOf\": \"2031-02-01\", \"event\": " + event + ", " + rest + "}",
        StandardCharsets.UTF_8);
    return runner.run(runner.read(file).get(0));
  }

  @Test
  void findingsWhereARefusalWasExpectedFail() throws IOException {
    ScenarioResult result = run("working-days.json", EARLY_STEP,
        "\"expectError\": {\"code\": \"seat-count\"}");
    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).containsExactly("expected the check to refuse with"
        + " seat-count, but it gave findings for [written-response-five-working-days]");
  }

  @Test
  void anotherRefusalThanTheOneExpectedFails() throws IOException {
    ScenarioResult wrongCode = run("seats-do-not-add-up.json", EARLY_STEP,
        "\"expectError\": {\"code\": \"duplicate-id\"}");
    assertThat(wrongCode.passed()).isFalse();
    assertThat(wrongCode.mismatches()).singleElement().asString()
        .startsWith("expected the check to refuse with duplicate-id, but it refused with"
            + " [seat-count at '/governance/bodies/0/seats'");
    ScenarioResult wrongPlace = run("seats-do-not-add-up.json", EARLY_STEP,
        "\"expectError\": {\"code\": \"seat-count\", \"pointer\": \"/governance/bodies/1\"}");
    assertThat(wrongPlace.passed()).isFalse();
    ScenarioResult wrongWords = run("working-days.json", STEP,
        "\"expectError\": {\"code\": \"calendar-coverage\", \"messageContains\": [\"2029\"]}");
    assertThat(wrongWords.passed()).isFalse();
    assertThat(run("working-days.json", STEP, "\"expectError\": {\"code\":"
        + " \"calendar-coverage\", \"messageContains\": [\"2030\"]}").passed()).isTrue();
  }

  @Test
  void aRefusalNoScenarioExpectedIsAnErrorThatSaysWhatToGive() {
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expect\": [{\"rule\": \"written-response-five-working-days\", \"outcome\": \"met\"}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("/event: The holiday calendar 'England and Wales' covers"
            + " 2015\u20132030")
        .hasMessageContaining("Give the scenario \"holidays\"");
    assertThatThrownBy(() -> run("seats-do-not-add-up.json", EARLY_STEP, "\"expect\": []"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/compactFile")
        .hasMessageContaining("the first (seat-count) at line 54");
  }

  @Test
  void theFormatIsCheckedWhereItGoesWrong() {
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expect\": [], \"expectError\": {\"code\": \"seat-count\"}"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expect\": [], \"division\": \"scotland\""))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/division");
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expectError\": {\"code\": \"seat-count\", \"pointer\": \"governance\"}"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/expectError/pointer");
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expectError\": {\"code\": \"seat-count\", \"why\": 1}"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/expectError/why");
  }

  @Test
  void aHolidaysFileOrDivisionThatCannotBeUsedIsAnErrorAtItsField() throws IOException {
    Files.writeString(dir.resolve("bad-holidays.json"), "[]", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expect\": [], \"holidays\": \"bad-holidays.json\""))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/holidays")
        .hasMessageContaining("is not valid");
    Files.writeString(dir.resolve("ew.json"), "{\"england-and-wales\": {\"division\":"
        + " \"england-and-wales\", \"events\": [{\"title\": \"Christmas Day\", \"date\":"
        + " \"2031-12-25\"}]}}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> run("working-days.json", STEP,
        "\"expect\": [], \"holidays\": \"ew.json\", \"division\": \"scotland\""))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("/division")
        .hasMessageContaining("no division 'scotland'");
  }
}
