package org.compacts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.compacts.extension.FundingDecisionRule;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.DutyKind;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Sector;
import org.compacts.model.Stage;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class CompactDiffTest {
  private static final FundingDecisionRule DECISION = FundingDecisionRule.builder()
      .id("decision-in-20-working-days").modality(Modality.WILL)
      .period(TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS)).decidedBy(Sector.PUBLIC)
      .source(Citation.of("5", "A decision within 20 working days.")).build();
  private static final Stage STAGE = Stage.builder().number(1).addActions("Talk.")
      .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS)).source(Citation.of("Stage 1", "Talk."))
      .build();
  private static final GovernanceDuty MEETING = GovernanceDuty.builder().id("quarterly-meeting")
      .kind(DutyKind.MEETING).every(TimeSpan.of(3, TimeSpanUnit.MONTHS))
      .source(Citation.of("6", "A quarterly meeting.")).build();
  private static final Compact BASE = Compact.builder().id("exampleshire-compact")
      .title("Exampleshire Compact").kind(CompactKind.COMPACT).area("Exampleshire")
      .status(CompactStatus.DRAFT).addRules(DECISION)
      .resolution(ResolutionProcedure.builder().addStages(STAGE).build())
      .governance(Governance.builder().addDuties(MEETING).build())
      .build();

  @Test
  void aRuleKindTheDiffDoesNotKnowIsComparedByWhatItsFieldsMean() {
    Compact after = BASE.withRules(DECISION.withPeriod(TimeSpan.of(30, TimeSpanUnit.WORKING_DAYS))
        .withDecidedBy(Sector.PRIVATE));

    Change change = CompactDiff.between(BASE, after).get(0);

    assertThat(change.getElement()).isEqualTo(Element.of("rule", "decision-in-20-working-days"));
    assertThat(change.getFields()).extracting(FieldChange::getPath, FieldChange::getEffect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("period", Effect.WEAKENED),
            org.assertj.core.groups.Tuple.tuple("decidedBy", Effect.NOT_COMPARABLE));
    assertThat(change.getEffect()).isEqualTo(Effect.NOT_COMPARABLE);
  }

  @Test
  void elementsInsideTheCompactsPartsHaveTheirOwnKindAndPointer() {
    Compact after = BASE
        .withResolution(ResolutionProcedure.builder()
            .addStages(STAGE.withTimeLimit(TimeSpan.of(6, TimeSpanUnit.WEEKS))).build())
        .withGovernance(Governance.builder().overseenBy("The Compact Group").build());

    List<Change> changes = CompactDiff.between(BASE, after);

    assertThat(changes).extracting(Change::getType, Change::getElement, Change::getEffect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeType.CHANGED, Element.of("compact", ""),
                Effect.NEUTRAL),
            org.assertj.core.groups.Tuple.tuple(ChangeType.CHANGED, Element.of("stage", "1"),
                Effect.WEAKENED),
            org.assertj.core.groups.Tuple.tuple(ChangeType.REMOVED,
                Element.of("governance-duty", "quarterly-meeting"), Effect.WEAKENED));
    assertThat(changes.get(0).getFields().get(0).getPath()).isEqualTo("governance/overseenBy");
    assertThat(changes.get(0).getBeforePointer()).contains("");
    assertThat(changes.get(1).getAfterPointer()).contains("/resolution/stages/0");
    assertThat(changes.get(2).getBeforePointer()).contains("/governance/duties/0");
  }

  @Test
  void aPartThatGoesTakesItsElementsWithIt() {
    Compact after = Compact.builder().from(BASE)
        .governance(java.util.Optional.<Governance>empty()).build();

    List<Change> changes = CompactDiff.between(BASE, after);

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.getType()).isEqualTo(ChangeType.REMOVED);
      assertThat(c.getBefore()).contains(MEETING);
    });
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> CompactDiff.between(BASE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("after");
  }

  /** A rule that keeps its fields in a map, as a lenient read keeps a rule of unknown kind. */
  abstract static class AbstractKeptRule implements org.compacts.rules.Rule {
    public abstract String getKind();

    public abstract java.util.Map<String, Object> getFields();

    @Override
    public String kind() {
      return getKind();
    }

    @Override
    public String eventType() {
      return "";
    }

    @Override
    public org.compacts.rules.Assessment evaluate(org.compacts.rules.Event event,
        org.compacts.rules.RuleContext context) {
      throw new UnsupportedOperationException();
    }
  }

  static final class KeptRule extends AbstractKeptRule {
    private final String kind;
    private final java.util.Map<String, Object> fields;

    KeptRule(String kind, java.util.Map<String, Object> fields) {
      this.kind = kind;
      this.fields = fields;
    }

    @Override
    public String getKind() {
      return kind;
    }

    @Override
    public String getId() {
      return "payment-in-30-days";
    }

    @Override
    public Modality getModality() {
      return Modality.WILL;
    }

    @Override
    public Citation getSource() {
      return Citation.of("7", "Payment within 30 days.");
    }

    @Override
    public java.util.Map<String, Object> getFields() {
      return fields;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeptRule && ((KeptRule) o).kind.equals(kind)
          && ((KeptRule) o).fields.equals(fields);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + fields.hashCode();
    }
  }

  @Test
  void aRuleKeptAsAMapOfFieldsIsComparedKeyByKeyAndItsKindOnce() {
    Compact before = BASE.withRules(new KeptRule("payment-within",
        java.util.Map.of("period", "30 days", "from", "invoice-received")));
    Compact after = BASE.withRules(new KeptRule("payment-within-working-days",
        java.util.Map.of("period", "20 days", "paidBy", "public")));

    List<Change> changes = CompactDiff.between(before, after);

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.getBeforePointer()).contains("/rules/0");
      assertThat(c.getFields()).extracting(FieldChange::getPath)
          .containsExactly("kind", "from", "paidBy", "period");
      assertThat(c.getEffect()).isEqualTo(Effect.NOT_COMPARABLE);
    });
    assertThat(CompactDiff.between(after, before)).singleElement()
        .isEqualTo(changes.get(0).inverse());
  }
}
