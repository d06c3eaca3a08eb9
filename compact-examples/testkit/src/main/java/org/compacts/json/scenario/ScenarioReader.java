package org.compacts.json.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.JsonProblem;
import org.compacts.rules.Event;
import org.compacts.rules.Outcome;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Reads the scenario format strictly, locating each problem by JSON Pointer. */
final class ScenarioReader {
  private static final Set<String> SCENARIO_FIELDS =
      Set.of("name", "compact", "compactFile", "asOf", "event", "expect", "expectError",
          "holidays", "division");
  private static final Set<String> ERROR_FIELDS = Set.of("code", "pointer", "messageContains");
  private static final Set<String> EXPECT_FIELDS =
      Set.of("rule", "outcome", "due", "reasonContains");

  private final CompactJson json;
  private final Path file;

  ScenarioReader(CompactJson json, Path file) {
    this.json = json;
    this.file = file;
  }

  List<Scenario> read(String text) {
    JsonNode root;
    try {
      root = json.mapper().readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      throw new ScenarioException(file, "", "not a JSON document" + (where == null ? ""
          : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"), e);
    }
    List<Scenario> scenarios = new ArrayList<>();
    if (root.isArray()) {
      if (root.isEmpty()) {
        throw new ScenarioException(file, "", "the file holds no scenario");
      }
      for (int i = 0; i < root.size(); i++) {
        scenarios.add(scenario(root.get(i), i, "/" + i));
      }
    } else {
      scenarios.add(scenario(root, 0, ""));
    }
    return scenarios;
  }

  private Scenario scenario(JsonNode node, int index, String at) {
    requireObject(node, at, "a scenario", SCENARIO_FIELDS);
    String name = string(node, at, "name");
    boolean hasSample = present(node, "compact");
    boolean hasFile = present(node, "compactFile");
    if (hasSample == hasFile) {
      throw new ScenarioException(file, at, "a scenario names its compact by exactly one of"
          + " \"compact\" (a sample id) and \"compactFile\" (a path relative to this file)");
    }
    String sampleId = hasSample ? string(node, at, "compact") : null;
    Path compactFile = hasFile ? resolve(string(node, at, "compactFile"), at + "/compactFile")
        : null;
    LocalDate asOf = date(node.get("asOf"), at + "/asOf");
    Event event = event(node.get("event"), at + "/event");
    Path holidays = present(node, "holidays") ? resolve(string(node, at, "holidays"), at + "/holidays") : null;
    String division = present(node, "division") ? string(node, at, "division") : null;
    if (division != null && holidays == null) {
      throw new ScenarioException(file, at + "/division", "\"division\" names a division of"
          + " the \"holidays\" file, but the scenario gives none");
    }
    if (present(node, "expectError")) {
      if (node.has("expect")) {
        throw new ScenarioException(file, at, "a scenario expects findings (\"expect\") or a"
            + " refusal (\"expectError\"), not both");
      }
      return new Scenario(file, index, at, name, sampleId, compactFile, asOf, event, List.of(),
          expectedError(node.get("expectError"), at + "/expectError"), holidays, division);
    }
    JsonNode expect = node.get("expect");
    if (expect == null || !expect.isArray()) {
      throw new ScenarioException(file, at + "/expect", "\"expect\" must be an array of the"
          + " findings expected, one per rule that reads the event, in the compact's order"
          + " ([] for none)");
    }
    List<Expectation> expected = new ArrayList<>();
    for (int i = 0; i < expect.size(); i++) {
      expected.add(expectation(expect.get(i), at + "/expect/" + i));
    }
    return new Scenario(file, index, at, name, sampleId, compactFile, asOf, event, expected,
        null, holidays, division);
  }

  private ExpectedError expectedError(JsonNode node, String at) {
    requireObject(node, at, "an expected error", ERROR_FIELDS);
    String code = string(node, at, "code");
    String pointer = null;
    if (present(node, "pointer")) {
      JsonNode value = node.get("pointer");
      if (!value.isString() || !value.stringValue().startsWith("/")) {
        throw new ScenarioException(file, at + "/pointer", "must be a JSON Pointer, such as"
            + " \"/governance/bodies/0/seats\"");
      }
      pointer = value.stringValue();
    }
    return new ExpectedError(code, pointer, words(node, at, "messageContains"));
  }

  private Expectation expectation(JsonNode node, String at) {
    requireObject(node, at, "an expected finding", EXPECT_FIELDS);
    String rule = string(node, at, "rule");
    String outcomeName = string(node, at, "outcome");
    Outcome outcome = Outcomes.of(outcomeName);
    if (outcome == null) {
      throw new ScenarioException(file, at + "/outcome", "unknown outcome "
          + Excerpt.quoted(outcomeName) + "; expected one of " + Outcomes.known());
    }
    Expectation expectation = Expectation.of(rule, outcome);
    if (node.has("due")) {
      JsonNode due = node.get("due");
      expectation = expectation.withDue(due.isNull() ? null : date(due, at + "/due"));
    }
    if (node.has("reasonContains")) {
      expectation = expectation.withReasonContaining(words(node, at, "reasonContains"));
    }
    return expectation;
  }

  /** An optional array of non-empty strings. */
  private List<String> words(JsonNode node, String at, String field) {
    List<String> list = new ArrayList<>();
    if (!node.has(field)) {
      return list;
    }
    JsonNode words = node.get(field);
    if (!words.isArray()) {
      throw new ScenarioException(file, at + "/" + field, "must be an array of strings");
    }
    for (int i = 0; i < words.size(); i++) {
      JsonNode word = words.get(i);
      if (!word.isString() || word.stringValue().isEmpty()) {
        throw new ScenarioException(file, at + "/" + field + "/" + i,
            "must be a non-empty string");
      }
      list.add(word.stringValue());
    }
    return list;
  }

  private Event event(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw new ScenarioException(file, at, "\"event\" must be an event object, such as"
          + " {\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\"}");
    }
    try {
      return json.readEvent(json.mapper().writeValueAsString(node));
    } catch (CompactJsonException e) {
      JsonProblem first = e.getProblems().get(0);
      int more = e.getProblems().size() - 1;
      throw new ScenarioException(file, at + first.getPointer(),
          Excerpt.of(first.getMessage(), 5 * Excerpt.MOST)
              + (more > 0 ? " (and " + more + " more problems)" : ""), e);
    }
  }

  private void requireObject(JsonNode node, String at, String what, Set<String> fields) {
    if (node == null || !node.isObject()) {
      throw new ScenarioException(file, at, "expected " + what + " (a JSON object)");
    }
    for (String field : node.propertyNames()) {
      if (!fields.contains(field)) {
        throw new ScenarioException(file, at + "/" + field, "unknown field "
            + Excerpt.quoted(field) + " in " + what + "; known fields: "
            + String.join(", ", sorted(fields)));
      }
    }
  }

  private String string(JsonNode node, String at, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.stringValue().isBlank()) {
      throw new ScenarioException(file, at + "/" + field, "\"" + field
          + "\" must be a non-blank string");
    }
    return value.stringValue();
  }

  private LocalDate date(JsonNode value, String at) {
    if (value == null || !value.isString()) {
      throw new ScenarioException(file, at, "must be a date, yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(value.stringValue());
    } catch (DateTimeParseException e) {
      throw new ScenarioException(file, at, Excerpt.quoted(value.stringValue())
          + " is not a date in the form yyyy-MM-dd", e);
    }
  }

  /**
   * Resolves a compact file's name inside the scenario file's folder: an absolute path, or one
   * whose {@code ..} leads out of the folder, is refused before anything is opened. (Symbolic
   * links are followed only when the file is read, and only to a file inside the folder.)
   */
  private Path resolve(String relative, String at) {
    Path given;
    try {
      given = Path.of(relative);
    } catch (InvalidPathException e) {
      throw new ScenarioException(file, at, Excerpt.quoted(relative) + " is not a file name", e);
    }
    if (given.isAbsolute() || given.getRoot() != null) {
      throw new ScenarioException(file, at, Excerpt.quoted(relative) + " is an absolute path;"
          + " a compact file is named relative to the scenario file's folder");
    }
    Path folder = ScenarioRunner.folder(file);
    Path resolved = folder.resolve(given).normalize();
    if (!resolved.startsWith(folder) || resolved.equals(folder)) {
      throw new ScenarioException(file, at, Excerpt.quoted(relative) + " leads out of the"
          + " scenario file's folder; a compact file must be inside it");
    }
    return resolved;
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static List<String> sorted(Set<String> fields) {
    List<String> list = new ArrayList<>(fields);
    list.sort(null);
    return list;
  }
}
