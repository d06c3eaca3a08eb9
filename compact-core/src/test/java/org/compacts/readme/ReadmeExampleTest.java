package org.compacts.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Party;
import org.compacts.model.Principle;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.validation.CompactValidator;
import org.compacts.validation.Violation;
import org.junit.jupiter.api.Test;

/** The README's Java example, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void buildingACompact() {
    Compact compact = Compact.builder()
        .id("exampleshire-compact")
        .title("Exampleshire Compact")
        .kind(CompactKind.COMPACT)
        .area("Exampleshire")
        .status(CompactStatus.ADOPTED)
        .datedOn(LocalDate.of(2025, 4, 7))
        .addParties(Party.builder().id("council").name("Exampleshire Council")
            .sector(Sector.PUBLIC).bodyType(BodyType.LOCAL_AUTHORITY).build())
        .addPrinciples(Principle.builder().id("openness").title("Openness")
            .source(Citation.of("3", "All partners will be open and accountable to each other."))
            .build())
        .addRules(MinimumNoticeRule.builder().id("three-months-notice").modality(Modality.WILL)
            .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
            .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
            .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
            .givenBy(Sector.PUBLIC).givenTo(Sector.VOLUNTARY_COMMUNITY)
            .addExemptions(Exemption.AGREED_END_DATE)
            .source(Citation.of("Principles", "A minimum of three months notice ..."))
            .build())
        .build();

    List<Violation> problems = CompactValidator.create().validate(compact);   // empty: valid
    Compact draft = compact.withStatus(CompactStatus.DRAFT);                   // a changed copy

    assertThat(problems).isEmpty();
    assertThat(draft.getStatus()).isEqualTo(CompactStatus.DRAFT);
    assertThat(compact.getStatus()).isEqualTo(CompactStatus.ADOPTED);
  }
}
