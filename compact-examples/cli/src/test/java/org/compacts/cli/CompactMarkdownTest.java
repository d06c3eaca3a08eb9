package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.compacts.json.CompactJson;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
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
import org.compacts.rules.Rule;
import org.compacts.rules.UnknownRule;
import org.compacts.samples.SampleCompacts;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        + "- seeks the views of service users, where possible _(will, where possible)_"
        + " \\[4(ii)\\]\n");
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
  void namesTheOversightBodiesWithTheirSeats() {
    assertThat(md).contains("\n**Oversight bodies**\n\n- **Exampleshire Compact Group** (13"
        + " members: 6 public sector, 6 voluntary and community sector, 1 independent Chair)"
        + " — The Compact Group has thirteen members: six from each sector and an independent"
        + " Chair. \\[Governance\\]\n");
  }

  @Test
  void aBodyOfUnstatedCompositionIsNamedOnly() {
    Compact c = Fixtures.fullCompact();
    Governance g = c.getGovernance().orElseThrow();
    GovernanceBody body = g.getBodies().get(0);
    String seatsOnly = CompactMarkdown.render(c.withGovernance(g.withBodies(
        body.withMembers(java.util.Optional.empty()))));
    assertThat(seatsOnly).contains("- **Exampleshire Compact Group** (6 public sector, 6"
        + " voluntary and community sector, 1 independent Chair) — ");
    String bare = CompactMarkdown.render(c.withGovernance(g.withBodies(
        body.withMembers(java.util.Optional.empty()).withSeats())));
    assertThat(bare).contains("- **Exampleshire Compact Group** — The Compact Group");
  }

  @Test
  void aRuleOfAnUnknownKindIsListedAsNotRead() {
    Compact c = Fixtures.fullCompact();
    List<Rule> rules = new ArrayList<>(c.getRules());
    rules.add(UnknownRule.builder().kind("volunteer-expenses-within").id("expenses")
        .modality(Modality.WILL).source(Citation.of("Volunteering", "Expenses within 30 days."))
        .build());
    assertThat(CompactMarkdown.render(c.withRules(rules))).contains("| expenses |"
        + " volunteer-expenses-within | a kind this version does not read: Expenses within 30"
        + " days. | will | Volunteering |\n");
  }

  @Test
  void endsWithOneNewlineAndNoDoubleBlankLines() {
    assertThat(md).endsWith("\n").doesNotContain("\n\n\n");
  }

  @Test
  void textFromInputAddsNoHtmlAndNoLink() {
    Compact hostile = Hostile.everyText(CompactJson.create(), Fixtures.fullCompact(),
        Hostile.MARKUP + " ");
    String out = CompactMarkdown.render(hostile);
    Parsed parsed = Parsed.of(out);
    assertThat(parsed.markup).isEmpty();
    // Each text comes out as the literal words it was, markup characters and all.
    assertThat(String.join("", parsed.texts)).contains(Hostile.MARKUP + " Example Compact 2025")
        .contains(Hostile.MARKUP + " Exampleshire Council")
        .contains(Hostile.MARKUP + " Openness: all partners will be open.");
  }

  @Test
  void markdownOfEverySampleParsesToNoHtmlAndNoLink() {
    for (Compact sample : SampleCompacts.all()) {
      assertThat(Parsed.of(CompactMarkdown.render(sample)).markup).as(sample.getId()).isEmpty();
    }
  }

  @Test
  void controlCharactersComeOutEscaped() {
    String out = CompactMarkdown.render(Hostile.everyText(CompactJson.create(),
        Fixtures.fullCompact(), Hostile.CONTROLS));
    Hostile.assertNoRawControls(out);
    assertThat(String.join("", Parsed.of(out).texts))
        .contains("\\u001b[2J\\u001b]0;pwned\\u0007\\u009b2J\\u202eExample Compact 2025");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+ ", "- ", "* ", "1. ", "2) ", "# ", "> ", "~~~ ", "``` ", "    ",
      "| a | b |", "=== ", "--- ", "<div>", "&amp; ", "&#42; ", "_x_ ", "**x** ", "`x` ", "\\",
      "\\* ", "[a]: http://x ", "[a] ", "! ", "~~x~~ ", "<!-- ", "<?php ", "  ", "a  ",
      "\u00a0 ", "\u2003"})
  void markdownInTextChangesNoStructureAndComesOutLiterally(String prefix) {
    Parsed plain = Parsed.of(CompactMarkdown.render(Fixtures.fullCompact()));
    Parsed hostile = Parsed.of(CompactMarkdown.render(Hostile.everyText(CompactJson.create(),
        Fixtures.fullCompact(), prefix)));
    assertThat(hostile.markup).isEmpty();
    assertThat(hostile.structure).isEqualTo(plain.structure);
    // Spaces at the start of a heading or paragraph are not part of its text in Markdown.
    String literal = prefix.isBlank() ? "" : prefix;
    assertThat(String.join("", hostile.texts)).contains(literal + "Example Compact 2025")
        .contains(literal + "Exampleshire Council").contains(literal + "Principles")
        .contains(literal + "Openness: all partners will be open.");
  }

  /**
   * The Markdown parsed by commonmark-java: the HTML and links in it, its texts, and the kinds
   * of every other node in document order (its structure).
   */
  static final class Parsed {
    private static final Parser PARSER = Parser.builder()
        .extensions(List.of(TablesExtension.create())).build();

    final List<String> markup = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<String> structure = new ArrayList<>();
    Node document;

    static Parsed of(String markdown) {
      Parser parser = PARSER;
      Parsed parsed = new Parsed();
      parsed.document = parser.parse(markdown);
      parsed.document.accept(new AbstractVisitor() {
        @Override
        public void visit(HtmlInline node) {
          parsed.markup.add("HTML " + node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
          parsed.markup.add("HTML block " + node.getLiteral());
        }

        @Override
        public void visit(Link node) {
          parsed.markup.add("link to " + node.getDestination());
          visitChildren(node);
        }

        @Override
        public void visit(Image node) {
          parsed.markup.add("image " + node.getDestination());
          visitChildren(node);
        }

        @Override
        public void visit(Text node) {
          parsed.texts.add(node.getLiteral());
        }

        @Override
        public void visit(CustomBlock node) {
          visitChildren(node);
        }

        @Override
        public void visit(CustomNode node) {
          visitChildren(node);
        }

        @Override
        protected void visitChildren(Node parent) {
          parsed.structure.add(parent.getClass().getSimpleName());
          super.visitChildren(parent);
        }
      });
      return parsed;
    }
  }
}
