package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.NoticeElement;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class CompactMarkdownTest {
  private final String md = CompactMarkdown.render(Fixtures.fullCompact());

  @Test
  void startsWithTheTitleAndItsFacts() {
    assertThat(md).startsWith("# Example Compact 2025\n\n- **Kind:** compact\n"
        + "- **Area:** Exampleshire\n- **Status:** adopted\n- **Dated:** 7 April 2025\n"
        + "- **Period:** 2025–2028\n- **Refreshed:** September 2026\n");
  }

  @Test
  void groupsUndertakingsByActorWithTheirTerms() {
    assertThat(md).contains("## Undertakings\n\n### Voluntary sector\n\n"
        + "- seeks the views of service users, where possible _(will, where possible)_ [4(ii)]\n");
  }

  @Test
  void listsRulesWithTheirPeriods() {
    assertThat(md).contains("| three-months-notice | minimum-notice | at least 3 months notice,"
        + " except agreed end date | will | Principles |\n");
    assertThat(md).contains("| written-response | stage-time-limit | stage 2 within 21 days |"
        + " should | Stage 2 |\n");
    assertThat(md).contains("| quarterly-meeting | recurrence | compact-meeting at least once"
        + " every 3 months | will | Governance |\n");
  }

  @Test
  void listsTheRulesRealCompactsStateWithWhatTheyRequireAndTheirTags() {
    Compact c = Fixtures.fullCompact();
    MinimumNoticeRule notice = ((MinimumNoticeRule) c.getRules().get(0))
        .withRequires(NoticeElement.IN_WRITING, NoticeElement.REASONS,
            NoticeElement.OPPORTUNITY_TO_RESPOND)
        .withOnlyWhen("major-service-change");
    MinimumConsultationRule consultation = ((MinimumConsultationRule) c.getRules().get(1))
        .withExemptions(Exemption.SHORTER_WITH_REASON);
    Citation source = Citation.of("Funding 6", "Grants will be paid in advance.");
    PaymentInAdvanceRule advance = PaymentInAdvanceRule.builder().id("in-advance")
        .modality(Modality.WILL).addArrangements(Arrangement.GRANT).paidBy(Sector.PUBLIC)
        .paidTo(Sector.VOLUNTARY_COMMUNITY).addExemptions(Exemption.AGREED_OTHERWISE)
        .source(source).build();
    PaymentWithinRule within = PaymentWithinRule.builder().id("invoices")
        .modality(Modality.SHOULD).period(TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS))
        .countsFrom(PaymentBasis.INVOICE_RECEIVED).addArrangements(Arrangement.CONTRACT)
        .paidBy(Sector.PUBLIC).paidTo(Sector.VOLUNTARY_COMMUNITY)
        .source(Citation.of("Funding 7", "Invoices within 20 working days.")).build();
    String rendered = CompactMarkdown.render(c.withRules(notice, consultation, advance, within));
    assertThat(rendered).contains("| three-months-notice | minimum-notice | at least 3 months"
        + " notice, in writing, reasons, opportunity to respond, except agreed end date, only for"
        + " events tagged major-service-change | will | Principles |\n")
        .contains("| consultation of at least 12 weeks, except shorter with reason |")
        .contains("| in-advance | payment-in-advance | payment in advance of the period funded,"
            + " except agreed otherwise | will | Funding 6 |\n")
        .contains("| invoices | payment-within | payment within 20 working-days of the invoice |"
            + " should | Funding 7 |\n");
  }

  @Test
  void numbersTheStagesWithTheirTimeLimits() {
    assertThat(md).contains("1. **Stage 1: Talk to each other** — Talk to each other."
        + " Who can help: the CVS.\n"
        + "2. **Stage 2: Submit a written complaint** (within 21 days) — Submit a written"
        + " enquiry or complaint.\n");
    assertThat(md).contains("- Local Government Ombudsman: Advice team, PO Box 4771, Coventry,"
        + " CV4 0EH, tel. 0300 061 0614, advice@lgo.org.uk, www.lgo.org.uk\n");
  }

  @Test
  void endsWithOneNewlineAndNoDoubleBlankLines() {
    assertThat(md).endsWith("\n").doesNotContain("\n\n\n");
  }
}
