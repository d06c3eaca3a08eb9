package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.model.Modality;
import org.compacts.validation.CompactValidator;
import org.compacts.validation.Violation;
import org.junit.jupiter.api.Test;

/** A rule of a kind this version does not know: kept, validated, never evaluated. */
class UnknownRuleTest {
  private static final UnknownRule FUTURE = UnknownRule.builder()
      .kind("volunteer-expenses-within").id("expenses-in-30-days").modality(Modality.WILL)
      .putFields("period", FieldValue.object(Map.of("amount", FieldValue.number("30"))))
      .putFields("rate", FieldValue.number("0.45"))
      .putFields("appliesTo", FieldValue.list(List.of(FieldValue.text("volunteers"))))
      .source(Citation.of("Volunteering", "Expenses will be repaid within 30 days."))
      .build();

  private static Compact withFuture(Compact compact) {
    List<Rule> rules = new ArrayList<>(compact.getRules());
    rules.add(1, FUTURE);
    return compact.withRules(rules);
  }

  @Test
  void itKeepsItsFieldsInOrderAndNamesItsKind() {
    assertThat(FUTURE.kind()).isEqualTo("volunteer-expenses-within");
    assertThat(List.copyOf(FUTURE.getFields().keySet()))
        .containsExactly("period", "rate", "appliesTo");
    assertThat(FUTURE.getFields().get("rate").asNumber()).isEqualByComparingTo("0.45");
    assertThat(FUTURE.eventType()).isEmpty();
  }

  @Test
  void evaluatingItIsRefusedByName() {
    assertThatThrownBy(() -> FUTURE.evaluate(DisputeStep.builder().stage(1)
        .startedOn(LocalDate.of(2025, 1, 6)).build(), RuleContext.of(LocalDate.of(2025, 1, 6))))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("'expenses-in-30-days'")
        .hasMessageContaining("'volunteer-expenses-within'");
  }

  @Test
  void aCheckPassesOverItAndGivesTheOtherRulesFindings() {
    Compact plain = Fixtures.fullCompact();
    Compact newer = withFuture(plain);
    DisputeStep step = DisputeStep.builder().stage(2).startedOn(LocalDate.of(2025, 3, 3))
        .build();
    LocalDate asOf = LocalDate.of(2025, 3, 10);
    List<Finding> findings = RuleEvaluator.create().check(newer, step, asOf);
    assertThat(findings).isNotEmpty()
        .isEqualTo(RuleEvaluator.create().check(plain, step, asOf));
    assertThat(findings).extracting(Finding::getRule).doesNotContain(FUTURE.getId());
  }

  @Test
  void itIsValidatedAsAnyRuleIs() {
    Compact newer = withFuture(Fixtures.fullCompact());
    assertThat(CompactValidator.create().validate(newer)).isEmpty();
    Compact twice = newer.withRules(plusFirstId(newer));
    assertThat(CompactValidator.create().validate(twice)).extracting(Violation::getCode,
        Violation::getPath).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "duplicate-id", "rules[1].id"));
  }

  private static List<Rule> plusFirstId(Compact newer) {
    List<Rule> rules = new ArrayList<>(newer.getRules());
    rules.set(1, FUTURE.withId(rules.get(0).getId()));
    return rules;
  }

  @Test
  void fieldValuesHaveValueEqualityAndKeepNumbersAsWritten() {
    assertThat(FieldValue.number("1.50")).isEqualTo(FieldValue.number("1.50"))
        .isNotEqualTo(FieldValue.number("1.5"));
    assertThat(FieldValue.number("1e3").asNumber()).isEqualByComparingTo("1000");
    assertThatThrownBy(() -> FieldValue.number("twelve"))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> FieldValue.text("x").asNumber())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TEXT");
    assertThat(FieldValue.bool(true).asBoolean()).isTrue();
    assertThat(FieldValue.list(List.of(FieldValue.nothing())).toString()).isEqualTo("[null]");
  }
}
