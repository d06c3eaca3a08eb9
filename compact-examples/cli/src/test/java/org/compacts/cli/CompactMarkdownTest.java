package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.compacts.model.Fixtures;
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
  void endsWithOneNewlineAndNoDoubleBlankLines() {
    assertThat(md).endsWith("\n").doesNotContain("\n\n\n");
  }
}
