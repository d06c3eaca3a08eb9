package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Compact;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.FieldValue;
import org.compacts.rules.Finding;
import org.compacts.rules.RuleEvaluator;
import org.compacts.rules.UnknownRule;
import org.junit.jupiter.api.Test;

/** A document of a newer version, holding a rule kind this version does not know. */
class UnknownRuleJsonTest {
  private final CompactJson json = CompactJson.create();

  private static final String NEWER = String.join("\n",
      "{",
      "  \"formatVersion\": \"1.1\",",
      "  \"id\": \"exampleshire-compact\",",
      "  \"title\": \"Exampleshire Compact\",",
      "  \"kind\": \"compact\",",
      "  \"area\": \"Exampleshire\",",
      "  \"status\": \"adopted\",",
      "  \"rules\": [",
      "    {",
      "      \"kind\": \"stage-time-limit\",",
      "      \"id\": \"written-response\",",
      "      \"modality\": \"should\",",
      "      \"stage\": 1,",
      "      \"period\": {",
      "        \"amount\": 21,",
      "        \"unit\": \"days\"",
      "      },",
      "      \"source\": {",
      "        \"clause\": \"Stage 1\",",
      "        \"text\": \"Request a written response within 21 days.\"",
      "      }",
      "    },",
      "    {",
      "      \"kind\": \"volunteer-expenses-within\",",
      "      \"id\": \"expenses-in-30-days\",",
      "      \"modality\": \"will\",",
      "      \"period\": {",
      "        \"amount\": 30,",
      "        \"unit\": \"days\"",
      "      },",
      "      \"rate\": 0.45,",
      "      \"ceiling\": 1.5E+3,",
      "      \"receipts\": true,",
      "      \"appliesTo\": [",
      "        \"volunteers\",",
      "        \"trustees\"",
      "      ],",
      "      \"notes\": null,",
      "      \"source\": {",
      "        \"clause\": \"Volunteering\",",
      "        \"text\": \"Expenses will be repaid within 30 days.\"",
      "      }",
      "    }",
      "  ],",
      "  \"resolution\": {",
      "    \"stages\": [",
      "      {",
      "        \"number\": 1,",
      "        \"source\": {",
      "          \"clause\": \"Stage 1\",",
      "          \"text\": \"Talk.\"",
      "        }",
      "      }",
      "    ]",
      "  }",
      "}",
      "");

  @Test
  void aLenientReadKeepsTheRuleWithAllItsFieldsAndWarns() {
    ReadResult<Compact> read = json.readLenient(NEWER);
    assertThat(read.getWarnings()).singleElement().satisfies(w -> {
      assertThat(w.getCode()).isEqualTo("unknown-kind");
      assertThat(w.getPointer()).isEqualTo("/rules/1/kind");
      assertThat(w.getLine()).isEqualTo(24);
      assertThat(w.getMessage()).startsWith("'volunteer-expenses-within' is not a known rule"
          + " kind; expected one of 'minimum-notice', ").contains("newer than this library's")
          .endsWith("A lenient read keeps the rule as it is; no check evaluates it.");
    });
    UnknownRule kept = (UnknownRule) read.getValue().getRules().get(1);
    assertThat(kept.kind()).isEqualTo("volunteer-expenses-within");
    assertThat(kept.getId()).isEqualTo("expenses-in-30-days");
    assertThat(kept.getSource().getClause()).isEqualTo("Volunteering");
    assertThat(kept.getFields()).containsOnlyKeys("period", "rate", "ceiling", "receipts",
        "appliesTo", "notes");
    assertThat(List.copyOf(kept.getFields().keySet())).containsExactly("period", "rate",
        "ceiling", "receipts", "appliesTo", "notes");
    assertThat(kept.getFields().get("rate").asNumber()).isEqualByComparingTo("0.45");
    assertThat(kept.getFields().get("ceiling").asDigits()).isEqualTo("1.5E+3");
    assertThat(kept.getFields().get("notes")).isEqualTo(FieldValue.nothing());
    assertThat(kept.getFields().get("period").asObject().get("amount"))
        .isEqualTo(FieldValue.number("30"));
  }

  @Test
  void theReadmeExample() {
    String newerDocument = NEWER;
    ReadResult<Compact> result = json.readLenient(newerDocument);
    result.getWarnings();   // 24:7: /rules/1/kind: 'volunteer-expenses-within' is not a known rule
                            // kind; ... A lenient read keeps the rule as it is; no check evaluates it.
    assertThat(result.getWarnings().get(0).toString()).startsWith("24:7: /rules/1/kind:"
        + " 'volunteer-expenses-within' is not a known rule kind; ")
        .endsWith("A lenient read keeps the rule as it is; no check evaluates it.");
    UnknownRule kept = (UnknownRule) result.getValue().getRules().get(1);
    kept.getFields().get("rate").asNumber();   // 0.45
    assertThat(kept.getFields().get("rate").asNumber()).isEqualTo(new java.math.BigDecimal(
        "0.45"));
    json.write(result.getValue());             // the rule as it was read
    assertThat(json.write(result.getValue())).contains("\"rate\": 0.45,");
  }

  @Test
  void itIsWrittenBackUnchanged() {
    Compact compact = json.readLenient(NEWER).getValue();
    assertThat(json.write(compact)).isEqualTo(NEWER.replace("\"1.1\"", "\"1.0\""));
  }

  @Test
  void noCheckEvaluatesIt() {
    Compact compact = json.readLenient(NEWER).getValue();
    List<Finding> findings = RuleEvaluator.create().check(compact, DisputeStep.builder()
        .stage(1).startedOn(LocalDate.of(2025, 3, 3)).build(), LocalDate.of(2025, 3, 4));
    assertThat(findings).extracting(Finding::getRule).containsExactly("written-response");
  }

  @Test
  void aStrictReadRefusesIt() {
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(NEWER));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer,
        JsonProblem::getLine).containsExactly(tuple("unknown-kind", "/rules/1/kind", 24));
  }

  @Test
  void aKindAfterOtherFieldsIsFoundAndWrittenFirst() {
    String later = NEWER.replace("      \"kind\": \"volunteer-expenses-within\",\n"
        + "      \"id\": \"expenses-in-30-days\",\n",
        "      \"id\": \"expenses-in-30-days\",\n"
            + "      \"kind\": \"volunteer-expenses-within\",\n");
    ReadResult<Compact> read = json.readLenient(later);
    assertThat(read.getWarnings()).extracting(JsonProblem::getPointer)
        .containsExactly("/rules/1/kind");
    assertThat(json.write(read.getValue())).isEqualTo(json.write(json.readLenient(NEWER)
        .getValue()));
  }

  @Test
  void itNeedsWhatEveryRuleHas() {
    String noSource = NEWER.replace("      \"notes\": null,\n      \"source\": {\n"
        + "        \"clause\": \"Volunteering\",\n"
        + "        \"text\": \"Expenses will be repaid within 30 days.\"\n      }\n",
        "      \"notes\": null\n");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.readLenient(noSource));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("missing-field", "/rules/1"));
    assertThat(e.getProblems().get(0).getMessage()).contains("lacks source");
  }

  @Test
  void itsFieldsAreReadAsStrictlyAsAnyOther() {
    String twice = NEWER.replace("\"receipts\": true,", "\"receipts\": true, \"rate\": 1,");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.readLenient(twice))
        .getProblems()).extracting(JsonProblem::getCode).containsExactly("duplicate-key");
    String nested = NEWER.replace("\"unit\": \"days\"\n      },\n      \"rate\"",
        "\"unit\": \"days\", \"unit\": \"weeks\"\n      },\n      \"rate\"");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.readLenient(nested))
        .getProblems()).extracting(JsonProblem::getCode).containsExactly("duplicate-key");
    String badModality = NEWER.replace("\"modality\": \"will\"", "\"modality\": \"must\"");
    assertThat(catchThrowableOfType(CompactJsonException.class,
        () -> json.readLenient(badModality)).getProblems())
        .extracting(JsonProblem::getPointer).containsExactly("/rules/1/modality");
    String badId = NEWER.replace("\"expenses-in-30-days\"", "\"written-response\"");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.readLenient(badId))
        .getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("duplicate-id", "/rules/1/id"));
  }
}
