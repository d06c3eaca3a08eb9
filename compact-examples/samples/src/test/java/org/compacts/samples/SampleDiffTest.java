package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.compacts.diff.Change;
import org.compacts.diff.ChangeType;
import org.compacts.diff.CompactDiff;
import org.compacts.diff.Effect;
import org.compacts.diff.Element;
import org.compacts.diff.FieldChange;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.Undertaking;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.Rule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

/** Real edits of the samples, of the kind a compact's refresh makes, and what the diff says. */
class SampleDiffTest {
  private static final Compact LEICESTERSHIRE = SampleCompacts.leicestershire();
  private static final Compact SANDWELL = SampleCompacts.sandwell();
  private static final Compact STAFFORDSHIRE = SampleCompacts.staffordshireStoke();

  private static MinimumNoticeRule notice(Compact c) {
    return (MinimumNoticeRule) c.findRule("three-months-notice").orElseThrow();
  }

  private static Compact withRule(Compact c, Rule rule) {
    List<Rule> rules = new ArrayList<>(c.getRules());
    rules.replaceAll(r -> r.getId().equals(rule.getId()) ? rule : r);
    return c.withRules(rules);
  }

  private static Change only(List<Change> changes) {
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  @Test
  void shorteningLeicestershiresNoticeToOneMonthWeakensOneRule() {
    Compact after = withRule(LEICESTERSHIRE,
        notice(LEICESTERSHIRE).withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS)));

    Change change = only(CompactDiff.between(LEICESTERSHIRE, after));

    assertThat(change.getType()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.getElement()).isEqualTo(Element.of("rule", "three-months-notice"));
    assertThat(change.getEffect()).isEqualTo(Effect.WEAKENED);
    int index = LEICESTERSHIRE.getRules().indexOf(notice(LEICESTERSHIRE));
    assertThat(change.getBeforePointer()).contains("/rules/" + index);
    assertThat(change.getAfterPointer()).contains("/rules/" + index);
    FieldChange period = change.getFields().get(0);
    assertThat(change.getFields()).hasSize(1);
    assertThat(period.getPath()).isEqualTo("period");
    assertThat(period.getBefore()).contains(TimeSpan.of(3, TimeSpanUnit.MONTHS));
    assertThat(period.getAfter()).contains(TimeSpan.of(1, TimeSpanUnit.MONTHS));
    assertThat(period.getEffect()).isEqualTo(Effect.WEAKENED);
  }

  @Test
  void lengtheningTheNoticeInOtherUnitsStrengthensOnlyWhenTheDaysDoNotOverlap() {
    Compact fourteenWeeks = withRule(LEICESTERSHIRE,
        notice(LEICESTERSHIRE).withPeriod(TimeSpan.of(14, TimeSpanUnit.WEEKS)));
    Compact thirteenWeeks = withRule(LEICESTERSHIRE,
        notice(LEICESTERSHIRE).withPeriod(TimeSpan.of(13, TimeSpanUnit.WEEKS)));
    Compact ninetyDays = withRule(LEICESTERSHIRE,
        notice(LEICESTERSHIRE).withPeriod(TimeSpan.of(90, TimeSpanUnit.DAYS)));

    // 3 months cover 89 to 92 days: 98 days is longer; 91 and 90 days may be either.
    assertThat(only(CompactDiff.between(LEICESTERSHIRE, fourteenWeeks)).getEffect())
        .isEqualTo(Effect.STRENGTHENED);
    assertThat(only(CompactDiff.between(LEICESTERSHIRE, thirteenWeeks)).getEffect())
        .isEqualTo(Effect.NOT_COMPARABLE);
    assertThat(only(CompactDiff.between(LEICESTERSHIRE, ninetyDays)).getEffect())
        .isEqualTo(Effect.NOT_COMPARABLE);
  }

  @Test
  void addingAnExemptionToStaffordshiresConsultationWeakensIt() {
    MinimumConsultationRule consultation = (MinimumConsultationRule) STAFFORDSHIRE
        .findRule("twelve-week-consultation").orElseThrow();
    assertThat(consultation.getExemptions()).doesNotContain(Exemption.AGREED_END_DATE);
    Compact after = withRule(STAFFORDSHIRE, consultation.withExemptions(
        union(consultation.getExemptions(), Exemption.AGREED_END_DATE)));

    Change change = only(CompactDiff.between(STAFFORDSHIRE, after));

    assertThat(change.getElement()).isEqualTo(Element.of("rule", "twelve-week-consultation"));
    assertThat(change.getEffect()).isEqualTo(Effect.WEAKENED);
    assertThat(change.getFields()).extracting(FieldChange::getPath).containsExactly("exemptions");
    assertThat(only(CompactDiff.between(after, STAFFORDSHIRE)).getEffect())
        .isEqualTo(Effect.STRENGTHENED);
  }

  @Test
  void droppingLeicestershiresAgreedEndDateExemptionStrengthensTheNotice() {
    Compact after = withRule(LEICESTERSHIRE,
        notice(LEICESTERSHIRE).withExemptions(List.of()));

    assertThat(only(CompactDiff.between(LEICESTERSHIRE, after)).getEffect())
        .isEqualTo(Effect.STRENGTHENED);
  }

  @Test
  void aStepDownInModalityWeakensAnUndertakingAndAStepUpStrengthensIt() {
    Undertaking firm = SANDWELL.getUndertakings().stream()
        .filter(u -> u.getModality() == Modality.WILL).findFirst().orElseThrow();
    Compact endeavour = SANDWELL.withUndertakings(replace(SANDWELL.getUndertakings(), firm,
        firm.withModality(Modality.ENDEAVOUR)));

    Change change = only(CompactDiff.between(SANDWELL, endeavour));

    assertThat(change.getElement()).isEqualTo(Element.of("undertaking", firm.getId()));
    assertThat(change.getEffect()).isEqualTo(Effect.WEAKENED);
    assertThat(change.getFields().get(0).getBefore()).contains(Modality.WILL);
    assertThat(change.getFields().get(0).getAfter()).contains(Modality.ENDEAVOUR);
    assertThat(only(CompactDiff.between(endeavour, SANDWELL)).getEffect())
        .isEqualTo(Effect.STRENGTHENED);
  }

  @Test
  void aQualifierAddedWeakensAnUndertaking() {
    Undertaking u = SANDWELL.getUndertakings().stream()
        .filter(x -> !x.getQualifiers().contains(Qualifier.WHERE_POSSIBLE)).findFirst()
        .orElseThrow();
    Compact after = SANDWELL.withUndertakings(replace(SANDWELL.getUndertakings(), u,
        u.withQualifiers(union(u.getQualifiers(), Qualifier.WHERE_POSSIBLE))));

    assertThat(only(CompactDiff.between(SANDWELL, after)).getEffect())
        .isEqualTo(Effect.WEAKENED);
  }

  @Test
  void reorderingSandwellsPrinciplesOnlyMovesThem() {
    List<Principle> reversed = new ArrayList<>(SANDWELL.getPrinciples());
    Collections.reverse(reversed);
    Compact after = SANDWELL.withPrinciples(reversed);

    List<Change> changes = CompactDiff.between(SANDWELL, after);

    int n = reversed.size();
    assertThat(n).isGreaterThan(2);
    // reversed, every principle but the middle one of an odd count stands elsewhere
    assertThat(changes).hasSize(n % 2 == 0 ? n : n - 1);
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.getType()).isEqualTo(ChangeType.MOVED);
      assertThat(c.getElement().getKind()).isEqualTo("principle");
      assertThat(c.getEffect()).isEqualTo(Effect.NEUTRAL);
      int from = (Integer) c.getBefore().orElseThrow();
      assertThat(c.getAfter()).contains(n - 1 - from);
    });
  }

  @Test
  void rewordingARuleIsNeutralAndShowsTheTextChange() {
    MinimumNoticeRule rule = notice(LEICESTERSHIRE);
    String text = "A minimum of three months notice will be given.";
    Compact after = withRule(LEICESTERSHIRE,
        rule.withSource(Citation.of(rule.getSource().getClause(), text)));

    Change change = only(CompactDiff.between(LEICESTERSHIRE, after));

    assertThat(change.getEffect()).isEqualTo(Effect.NEUTRAL);
    assertThat(change.isWordingOnly()).isTrue();
    FieldChange field = change.getFields().get(0);
    assertThat(field.getPath()).isEqualTo("source/text");
    assertThat(field.getBefore()).contains(rule.getSource().getText());
    assertThat(field.getAfter()).contains(text);
  }

  @Test
  void removingARuleWeakensAndAddingItBackStrengthens() {
    List<Rule> rules = new ArrayList<>(LEICESTERSHIRE.getRules());
    rules.remove(notice(LEICESTERSHIRE));
    Compact without = LEICESTERSHIRE.withRules(rules);

    Change removed = only(CompactDiff.between(LEICESTERSHIRE, without));
    Change added = only(CompactDiff.between(without, LEICESTERSHIRE));

    assertThat(removed.getType()).isEqualTo(ChangeType.REMOVED);
    assertThat(removed.getEffect()).isEqualTo(Effect.WEAKENED);
    assertThat(removed.getBefore()).contains(notice(LEICESTERSHIRE));
    assertThat(added.getType()).isEqualTo(ChangeType.ADDED);
    assertThat(added.getEffect()).isEqualTo(Effect.STRENGTHENED);
  }

  @Test
  void aLongerStageTimeLimitWeakensTheRule() {
    Rule rule = SANDWELL.findRule("written-response-within-21-days").orElseThrow();
    Compact after = withRule(SANDWELL, ((org.compacts.rules.StageTimeLimitRule) rule)
        .withPeriod(TimeSpan.of(28, TimeSpanUnit.DAYS)));

    assertThat(only(CompactDiff.between(SANDWELL, after)).getEffect())
        .isEqualTo(Effect.WEAKENED);
  }

  @Test
  void readmeExample() {
    Compact before = SampleCompacts.leicestershire();
    MinimumNoticeRule notice =
        (MinimumNoticeRule) before.findRule("three-months-notice").orElseThrow();
    Compact after = before.withRules(notice.withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS)),
        before.findRule("full-cost-recovery").orElseThrow());

    List<Change> changes = CompactDiff.between(before, after);
    Change change = changes.get(0);    // the only change
    change.getType();                  // CHANGED
    change.getElement();               // rule three-months-notice
    change.getAfterPointer();          // Optional[/rules/0]
    change.getFields().get(0);         // period: 3 months -> 1 month, WEAKENED
    change.getEffect();                // WEAKENED

    assertThat(changes).hasSize(1);
    assertThat(change.getType()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.getElement()).hasToString("rule three-months-notice");
    assertThat(change.getAfterPointer()).contains("/rules/0");
    assertThat(change.getFields().get(0).getPath()).isEqualTo("period");
    assertThat(change.getFields().get(0)).hasToString("period: 3 months -> 1 month, WEAKENED");
    assertThat(change.getEffect()).isEqualTo(Effect.WEAKENED);
  }

  @Test
  void theSamplesAreAllDifferentAndEachEqualToItself() {
    for (Compact a : SampleCompacts.all()) {
      assertThat(CompactDiff.between(a, a)).isEmpty();
      for (Compact b : SampleCompacts.all()) {
        assertThat(CompactDiff.between(a, b).isEmpty()).isEqualTo(a == b);
      }
    }
  }

  private static <T> List<T> replace(List<T> list, T old, T now) {
    List<T> out = new ArrayList<>(list);
    out.set(out.indexOf(old), now);
    return out;
  }

  @SafeVarargs
  private static <T> List<T> union(java.util.Collection<T> set, T... more) {
    List<T> out = new ArrayList<>(set);
    for (T t : more) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

}
