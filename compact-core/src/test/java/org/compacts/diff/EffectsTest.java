package org.compacts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Qualifier;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class EffectsTest {
  private static final MinimumNoticeRule NOTICE = MinimumNoticeRule.builder().id("notice")
      .modality(Modality.WILL).period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
      .addChanges(ChangeKind.CESSATION).addArrangements(Arrangement.GRANT)
      .givenBy(Sector.PUBLIC).givenTo(Sector.VOLUNTARY_COMMUNITY)
      .source(Citation.of("1", "Three months notice.")).build();
  private static final StageTimeLimitRule LIMIT = StageTimeLimitRule.builder().id("limit")
      .modality(Modality.SHOULD).stage(2).period(TimeSpan.of(21, TimeSpanUnit.DAYS))
      .source(Citation.of("Stage 2", "Within 21 days.")).build();

  private static Effect of(Object owner, String name, Object before, Object after) {
    return Effects.of(owner, owner, name, before, after, Effects.isWording(before, after, false));
  }

  @Test
  void modalitiesRankWillShouldEndeavourAspireRecognise() {
    List<Modality> order = List.of(Modality.WILL, Modality.SHOULD, Modality.ENDEAVOUR,
        Modality.ASPIRE, Modality.RECOGNISE);
    for (int i = 0; i < order.size(); i++) {
      for (int j = 0; j < order.size(); j++) {
        if (i != j) {
          assertThat(of(NOTICE, "modality", order.get(i), order.get(j)))
              .isEqualTo(j > i ? Effect.WEAKENED : Effect.STRENGTHENED);
        }
      }
    }
    assertThat(of(NOTICE, "modality", Modality.COMMIT, Modality.SHOULD))
        .isEqualTo(Effect.WEAKENED);
    assertThat(of(NOTICE, "modality", Modality.COMMIT, Modality.WILL))
        .isEqualTo(Effect.NOT_COMPARABLE);
  }

  @Test
  void aLongerMinimumStrengthensAndALongerLimitWeakens() {
    TimeSpan three = TimeSpan.of(3, TimeSpanUnit.MONTHS);
    TimeSpan four = TimeSpan.of(4, TimeSpanUnit.MONTHS);
    assertThat(of(NOTICE, "period", three, four)).isEqualTo(Effect.STRENGTHENED);
    assertThat(of(LIMIT, "period", three, four)).isEqualTo(Effect.WEAKENED);
    assertThat(of(LIMIT, "period", four, three)).isEqualTo(Effect.STRENGTHENED);
    assertThat(of(LIMIT, "timeLimit", null, three)).isEqualTo(Effect.STRENGTHENED);
    assertThat(of(LIMIT, "timeLimit", three, null)).isEqualTo(Effect.WEAKENED);
  }

  @Test
  void limitingSetsWeakenWhenTheyGrowAndWideningSetsStrengthen() {
    assertThat(of(NOTICE, "qualifiers", Set.of(), Set.of(Qualifier.WHERE_POSSIBLE)))
        .isEqualTo(Effect.WEAKENED);
    assertThat(of(NOTICE, "onlyWhen", Set.of("major"), Set.of())).isEqualTo(Effect.STRENGTHENED);
    assertThat(of(NOTICE, "requires", Set.of(), Set.of("in-writing")))
        .isEqualTo(Effect.STRENGTHENED);
    assertThat(of(NOTICE, "arrangements", Set.of(Arrangement.GRANT),
        Set.of(Arrangement.CONTRACT))).isEqualTo(Effect.NOT_COMPARABLE);
  }

  @Test
  void wordingIsNeutralAndOtherTermsOfACommitmentAreNotComparable() {
    assertThat(of(NOTICE, "text", "Three months.", "Ninety days.")).isEqualTo(Effect.NEUTRAL);
    assertThat(of(NOTICE, "givenTo", Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE))
        .isEqualTo(Effect.NOT_COMPARABLE);
    assertThat(of(Citation.of("1", "x"), "clause", Sector.PUBLIC, Sector.PRIVATE))
        .isEqualTo(Effect.NEUTRAL);
    assertThat(Effects.isWording("a", "b", true)).isFalse();
  }

  @Test
  void combinedFieldsWeakenOnlyWhenNoneStrengthens() {
    assertThat(Effect.combine(List.of(Effect.NEUTRAL, Effect.WEAKENED)))
        .isEqualTo(Effect.WEAKENED);
    assertThat(Effect.combine(List.of(Effect.STRENGTHENED, Effect.WEAKENED)))
        .isEqualTo(Effect.NOT_COMPARABLE);
    assertThat(Effect.combine(List.of(Effect.NEUTRAL))).isEqualTo(Effect.NEUTRAL);
  }
}
