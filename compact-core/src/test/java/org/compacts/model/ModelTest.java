package org.compacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.compacts.rules.Rule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;

class ModelTest {
  private final Compact compact = Fixtures.fullCompact();

  @Test
  void holdsEveryElementType() {
    assertThat(compact.getLegalStanding()).hasSize(1);
    assertThat(compact.getForeword()).get()
        .extracting(Foreword::getAuthors, InstanceOfAssertFactories.LIST).hasSize(1);
    assertThat(compact.getVision()).hasSize(1);
    assertThat(compact.getPurpose()).hasSize(1);
    assertThat(compact.getObjectives()).hasSize(1);
    assertThat(compact.getSectorDefinitions()).hasSize(1);
    assertThat(compact.getSections()).hasSize(1);
    assertThat(compact.getParties()).hasSize(2);
    assertThat(compact.getSignatories()).hasSize(1);
    assertThat(compact.getPrinciples()).hasSize(1);
    assertThat(compact.getUndertakings()).hasSize(1);
    assertThat(compact.getRules()).extracting(Rule::kind).containsExactly(
        "minimum-notice", "minimum-consultation", "consultation-feedback", "minimum-term",
        "full-cost-recovery", "stage-time-limit", "recurrence");
    assertThat(compact.getCodesOfPractice()).hasSize(1);
    ResolutionProcedure resolution = compact.getResolution().orElseThrow();
    assertThat(resolution.getStages()).extracting(Stage::getNumber).containsExactly(1, 2);
    assertThat(resolution.getStages().get(1).getTimeLimit())
        .contains(TimeSpan.of(21, TimeSpanUnit.DAYS));
    assertThat(resolution.getExternalBodies().get(0).getContact().getAddress())
        .containsExactly("PO Box 4771", "Coventry", "CV4 0EH");
    assertThat(compact.getGovernance().orElseThrow().getDuties()).hasSize(1);
    assertThat(compact.getCommitmentForm().orElseThrow().getFields())
        .containsExactly("Name", "Date");
    assertThat(compact.getRelatedDocuments()).hasSize(1);
    assertThat(CompactValidator.create().validate(compact)).isEmpty();
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    Compact again = Fixtures.fullCompact();
    assertThat(again).isNotSameAs(compact).isEqualTo(compact).hasSameHashCodeAs(compact);
    assertThat(again.withTitle("Another title")).isNotEqualTo(compact);
    assertThat(Citation.of("4(ii)", "text")).isEqualTo(Citation.of("4(ii)", "text"))
        .isNotEqualTo(Citation.of("4(iii)", "text"));
  }

  @Test
  void collectionsAreImmutable() {
    assertThatThrownBy(() -> compact.getParties().add(compact.getParties().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.getRules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.getUndertakings().get(0).getQualifiers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.getResolution().orElseThrow().getStages().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCopiesTheListItIsGiven() {
    List<Party> parties = new ArrayList<>(compact.getParties());
    Compact built = Compact.builder().from(compact).parties(parties).build();
    parties.clear();
    assertThat(built.getParties()).hasSize(2);
  }

  @Test
  void fromCopiesEveryAttributeAndWithChangesOne() {
    Compact copy = Compact.builder().from(compact).build();
    assertThat(copy).isEqualTo(compact);

    Compact draft = compact.withStatus(CompactStatus.DRAFT);
    assertThat(draft.getStatus()).isEqualTo(CompactStatus.DRAFT);
    assertThat(draft.withStatus(CompactStatus.ADOPTED)).isEqualTo(compact);
    assertThat(compact.getStatus()).isEqualTo(CompactStatus.ADOPTED);

    Compact undated = compact.withDatedOn(Optional.empty());
    assertThat(undated.getDatedOn()).isEmpty();
    assertThat(compact.withDatedOn(LocalDate.of(2025, 4, 7))).isEqualTo(compact);

    Compact more = Compact.builder().from(compact)
        .addParties(Party.builder().id("police").name("Exampleshire Police")
            .sector(Sector.PUBLIC).bodyType(BodyType.POLICE).build())
        .build();
    assertThat(more.getParties()).extracting(Party::getId)
        .containsExactly("council", "cvs", "police");
    assertThat(Compact.copyOf(compact)).isSameAs(compact);
  }

  @Test
  void builderNamesAMissingRequiredAttribute() {
    assertThatThrownBy(() -> Party.builder().id("council").name("Council").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sector")
        .hasMessageContaining("bodyType");
  }

  @Test
  void timeSpanPrintsItsAmountAndUnit() {
    assertThat(TimeSpan.of(21, TimeSpanUnit.DAYS)).hasToString("21 days");
    assertThat(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)).hasToString("1 working-day");
  }

  @Test
  void slugsAreLowerCaseKebabCase() {
    assertThat(Slug.isSlug("sandwell-compact-2019")).isTrue();
    assertThat(Slug.isSlug("stage-2")).isTrue();
    assertThat(Slug.isSlug("Stage 2")).isFalse();
    assertThat(Slug.isSlug("double--hyphen")).isFalse();
    assertThat(Slug.isSlug("-leading")).isFalse();
    assertThat(Slug.isSlug("")).isFalse();
    assertThat(Slug.isSlug(null)).isFalse();
  }
}
