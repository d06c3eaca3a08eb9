package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.Modality;
import org.compacts.rules.Rule;
import org.compacts.rules.UnknownRule;
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
        + " Chair. [Governance]\n");
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
}
