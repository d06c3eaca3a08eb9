package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.Contact;
import org.compacts.model.Modality;
import org.compacts.model.Principle;
import org.compacts.model.Sector;
import org.compacts.model.Undertaking;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Exemption;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class LeicestershireCompactTest {
  private final Compact compact = SampleCompacts.leicestershire();

  @Test
  void isAGuideBetweenThePublicSectorPartnersAndTheSector() {
    assertThat(compact.getTitle()).isEqualTo("Compact Leicestershire");
    assertThat(compact.getPurpose()).singleElement().satisfies(c -> assertThat(c.getText())
        .startsWith("Compact Leicestershire is a guide on the relationship between"));
    assertThat(compact.getParties()).extracting(p -> p.getName(), p -> p.getSector())
        .containsExactly(
            tuple(
                "Leicestershire Together Public Sector Partners", Sector.PUBLIC),
            tuple(
                "Voluntary and Community Sector in Leicestershire", Sector.VOLUNTARY_COMMUNITY));
  }

  @Test
  void holdsFifteenSharedPrinciples() {
    assertThat(compact.getPrinciples()).hasSize(15);
    assertThat(compact.getPrinciples()).extracting(p -> p.getSource().getClause())
        .containsOnly("Shared principles");
    assertThat(compact.getPrinciples()).allSatisfy((Principle p) ->
        assertThat(p.getTitle()).isEmpty());
    assertThat(compact.getPrinciples().get(0).getSource().getText())
        .isEqualTo("Voluntary and community action is essential to a democratic society");
    assertThat(compact.getPrinciples().get(14).getSource().getText()).isEqualTo("That the"
        + " Compact Leicestershire principles detailed above are written into contracts with VCS.");
  }

  @Test
  void joinsTheBulletPrintedAcrossTwoLines() {
    assertThat(compact.getPrinciples()).filteredOn(p -> p.getId().equals("allocation-of-resources"))
        .singleElement().satisfies(p -> assertThat(p.getSource().getText())
            .contains("These resources include funding, advice and other support areas"));
  }

  @Test
  void givesThreeMonthsNoticeExceptForAnAgreedEndDate() {
    MinimumNoticeRule rule = (MinimumNoticeRule) compact.findRule("three-months-notice")
        .orElseThrow();
    assertThat(rule.kind()).isEqualTo("minimum-notice");
    assertThat(rule.getModality()).isEqualTo(Modality.WILL);
    assertThat(rule.getPeriod()).isEqualTo(TimeSpan.of(3, TimeSpanUnit.MONTHS));
    assertThat(rule.getChanges()).containsExactlyInAnyOrder(ChangeKind.CHANGE,
        ChangeKind.CESSATION, ChangeKind.REVIEW);
    assertThat(rule.getArrangements()).containsExactlyInAnyOrder(Arrangement.CONTRACT,
        Arrangement.GRANT, Arrangement.AGREEMENT, Arrangement.SUPPORT,
        Arrangement.ACCOMMODATION_ASSET);
    assertThat(rule.getGivenBy()).isEqualTo(Sector.PUBLIC);
    assertThat(rule.getGivenTo()).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
    assertThat(rule.getExemptions()).containsExactly(Exemption.AGREED_END_DATE);
    assertThat(rule.getSource().getClause()).isEqualTo("Shared principles");
    assertThat(rule.getSource().getText()).startsWith("That an agreed period of a minimum of"
        + " three months notice").endsWith("previously defined and agreed end date.");
  }

  @Test
  void expectsFullCostRecoveryOnContractsWithTheSector() {
    FullCostRecoveryRule rule = (FullCostRecoveryRule) compact.findRule("full-cost-recovery")
        .orElseThrow();
    assertThat(rule.kind()).isEqualTo("full-cost-recovery");
    assertThat(rule.getRecipient()).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
    assertThat(rule.getArrangements()).containsExactly(Arrangement.CONTRACT);
    assertThat(rule.getSource().getText()).contains("will follow Full Cost Recovery practice");
    assertThat(compact.getRules()).extracting(r -> r.getId())
        .containsExactly("three-months-notice", "full-cost-recovery");
  }

  @Test
  void classifiesTheBulletsThatCommitAnActor() {
    assertThat(compact.getUndertakings()).hasSize(9);
    assertThat(compact.getUndertakings()).filteredOn(u -> u.getId().equals("give-three-months-notice"))
        .singleElement().satisfies((Undertaking u) -> {
          assertThat(u.getActor()).isEqualTo(Actor.PUBLIC_SECTOR);
          assertThat(u.getModality()).isEqualTo(Modality.WILL);
        });
    assertThat(compact.getUndertakings().stream().map(u -> u.getSource().getText())
        .collect(Collectors.toList()))
        .allSatisfy(text -> assertThat(compact.getPrinciples().stream()
            .anyMatch(p -> p.getSource().getText().contains(text))).as(text).isTrue());
  }

  @Test
  void refersToTheFundingCommissioningAndProcurementCode() {
    assertThat(compact.getCodesOfPractice()).extracting(c -> c.getTopic(), c -> c.getInclusion())
        .contains(tuple(
            "Funding, Commissioning and Procurement Code of Good Practice",
            CodeInclusion.REFERENCED));
    assertThat(compact.getUndertakings()).filteredOn(u -> u.getId().equals("adhere-to-codes"))
        .singleElement().satisfies(u -> assertThat(u.getCodesOfPractice())
            .containsExactly("funding-commissioning-and-procurement",
                "compact-leicestershire-codes"));
  }

  @Test
  void hasACommitmentFormWithItsBlanksAndReturnAddress() {
    CommitmentForm form = compact.getCommitmentForm().orElseThrow();
    assertThat(form.getTitle()).contains("Your commitment:");
    assertThat(form.getStatements()).singleElement().satisfies(s -> assertThat(s.getText())
        .isEqualTo("We agree with the principles of the Compact Leicestershire and will work"
            + " with our partners in the spirit of the Compact:"));
    assertThat(form.getFields()).containsExactly("Name", "Date", "On behalf of Organisation",
        "Address", "Tel", "Email");
    Contact returnTo = form.getReturnTo().orElseThrow();
    assertThat(returnTo.getAttention()).contains("Dave Cliffe, Policy & Partnership Team");
    assertThat(returnTo.getAddress()).containsExactly("Voluntary Action LeicesterShire",
        "9 Newarke St.", "Leicester", "LE1 5SN");
    assertThat(returnTo.getEmail()).contains("dave.c@valonline.org.uk");
  }
}
