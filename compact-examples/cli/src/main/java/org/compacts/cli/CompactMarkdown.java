package org.compacts.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Party;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Sector;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;

/**
 * Renders a compact as a Markdown document a council could publish: its standing and aims,
 * principles, undertakings grouped by actor, rules with their periods, the resolution
 * procedure as a numbered list of stages, governance and the commitment form.
 *
 * <pre>{@code
 * String markdown = CompactMarkdown.render(SampleCompacts.sandwell());
 * }</pre>
 */
public final class CompactMarkdown {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy",
      Locale.UK);

  private final StringBuilder out = new StringBuilder();

  private CompactMarkdown() {}

  /**
   * Renders a compact.
   *
   * @param compact the compact
   * @return the Markdown text, ending with a newline
   */
  public static String render(Compact compact) {
    CompactMarkdown md = new CompactMarkdown();
    md.write(compact);
    return md.out.toString();
  }

  private void write(Compact c) {
    line("# " + c.getTitle());
    blank();
    List<String> facts = new ArrayList<>();
    facts.add("**Kind:** " + words(c.getKind()));
    facts.add("**Area:** " + c.getArea());
    facts.add("**Status:** " + words(c.getStatus()));
    c.getDatedOn().ifPresent(d -> facts.add("**Dated:** " + DAY.format(d)));
    c.getPeriod().ifPresent(p -> facts.add("**Period:** " + p.getFirstYear() + "–"
        + p.getLastYear()));
    c.getRefreshedIn().ifPresent(m -> facts.add("**Refreshed:** " + MONTH.format(m)));
    facts.forEach(f -> line("- " + f));
    paragraphs("Legal standing", c.getLegalStanding());
    c.getForeword().ifPresent(f -> {
      section("Foreword");
      f.getParagraphs().forEach(p -> para(p.getText()));
      if (!f.getAuthors().isEmpty()) {
        para("— " + f.getAuthors().stream()
            .map(a -> a.getName() + a.getPosition().map(p -> ", " + p).orElse("")
                + a.getOrganisation().map(o -> ", " + o).orElse(""))
            .collect(Collectors.joining("; ")));
      }
    });
    paragraphs("Vision", c.getVision());
    paragraphs("Purpose", c.getPurpose());
    if (!c.getObjectives().isEmpty()) {
      section("Objectives");
      c.getObjectives().forEach(o -> line("- " + o.getLabel().map(l -> l + " ").orElse("")
          + o.getTitle()));
    }
    if (!c.getSectorDefinitions().isEmpty()) {
      section("The sectors");
      c.getSectorDefinitions().forEach(d -> para("**" + sector(d.getSector()) + ":** "
          + d.getSource().getText()));
    }
    c.getSections().forEach(s -> paragraphs(s.getHeading(), s.getParagraphs()));
    parties(c);
    if (!c.getPrinciples().isEmpty()) {
      section("Principles");
      c.getPrinciples().forEach(p -> line("- " + p.getTitle().map(t -> "**" + t + "** — ")
          .orElse("") + p.getSource().getText() + cite(p.getSource())));
    }
    undertakings(c);
    rules(c);
    if (!c.getCodesOfPractice().isEmpty()) {
      section("Codes of practice");
      c.getCodesOfPractice().forEach(k -> line("- " + k.getTopic() + " ("
          + words(k.getInclusion()) + ")"));
    }
    c.getResolution().ifPresent(this::resolution);
    c.getGovernance().ifPresent(this::governance);
    c.getCommitmentForm().ifPresent(f -> {
      section(f.getTitle().orElse("Commitment form"));
      f.getStatements().forEach(s -> line("- " + s.getText()));
      if (!f.getFields().isEmpty()) {
        blank();
        line("To fill in: " + String.join(", ", f.getFields()) + ".");
      }
      f.getReturnTo().ifPresent(r -> {
        blank();
        line("Return to: " + contact(r));
      });
    });
    if (!c.getRelatedDocuments().isEmpty()) {
      section("Related documents");
      c.getRelatedDocuments().forEach(d -> line("- " + d.getTitle() + " (" + d.getRelation()
          + ")" + d.getLocation().map(l -> ": " + l).orElse("")));
    }
  }

  private void parties(Compact c) {
    if (c.getParties().isEmpty() && c.getSignatories().isEmpty()) {
      return;
    }
    section("Parties");
    Map<Sector, List<Party>> bySector = new LinkedHashMap<>();
    for (Sector s : Sector.values()) {
      List<Party> in = c.getParties().stream().filter(p -> p.getSector() == s)
          .collect(Collectors.toList());
      if (!in.isEmpty()) {
        bySector.put(s, in);
      }
    }
    bySector.forEach((s, parties) -> {
      line("**" + sector(s) + "**");
      blank();
      parties.forEach(p -> line("- " + p.getName()));
      blank();
    });
    if (!c.getSignatories().isEmpty()) {
      line("**Signed by**");
      blank();
      c.getSignatories().forEach(s -> line("- " + s.getName() + ", " + s.getPosition()
          + c.findParty(s.getParty()).map(p -> ", " + p.getName()).orElse("")));
    }
  }

  private void undertakings(Compact c) {
    if (c.getUndertakings().isEmpty()) {
      return;
    }
    section("Undertakings");
    Map<Actor, List<Undertaking>> byActor = new LinkedHashMap<>();
    c.getUndertakings().forEach(u -> byActor.computeIfAbsent(u.getActor(), a -> new ArrayList<>())
        .add(u));
    byActor.forEach((actor, list) -> {
      line("### " + capitalise(words(actor)));
      blank();
      list.forEach(u -> {
        String terms = words(u.getModality()) + u.getQualifiers().stream()
            .map(q -> ", " + words(q)).collect(Collectors.joining());
        line("- " + u.getSource().getText() + " _(" + terms + ")_" + cite(u.getSource()));
      });
      blank();
    });
  }

  private void rules(Compact c) {
    if (c.getRules().isEmpty()) {
      return;
    }
    section("Rules");
    line("| Rule | Kind | Requirement | Modality | Clause |");
    line("|---|---|---|---|---|");
    c.getRules().forEach(r -> line("| " + r.getId() + " | " + r.kind() + " | "
        + requirement(r) + " | " + words(r.getModality()) + " | " + r.getSource().getClause()
        + " |"));
  }

  private static String requirement(Rule r) {
    if (r instanceof MinimumNoticeRule) {
      MinimumNoticeRule n = (MinimumNoticeRule) r;
      return "at least " + n.getPeriod() + " notice" + (n.getExemptions().isEmpty() ? ""
          : ", except " + n.getExemptions().stream().map(CompactMarkdown::words)
              .collect(Collectors.joining(", ")));
    }
    if (r instanceof MinimumConsultationRule) {
      return "consultation of at least " + ((MinimumConsultationRule) r).getPeriod();
    }
    if (r instanceof ConsultationFeedbackRule) {
      return "feedback on the outcome of consultations";
    }
    if (r instanceof MinimumTermRule) {
      return "terms of at least " + ((MinimumTermRule) r).getPeriod();
    }
    if (r instanceof FullCostRecoveryRule) {
      return "full cost recovery";
    }
    if (r instanceof StageTimeLimitRule) {
      StageTimeLimitRule s = (StageTimeLimitRule) r;
      return "stage " + s.getStage() + " within " + s.getPeriod();
    }
    if (r instanceof RecurrenceRule) {
      RecurrenceRule s = (RecurrenceRule) r;
      return s.getActivity() + " at least once every " + s.getPeriod();
    }
    return r.getSource().getText();
  }

  private void resolution(ResolutionProcedure r) {
    section("Resolving disagreements");
    r.getScope().forEach(s -> para(s.getText()));
    int n = 0;
    for (Stage s : r.getStages()) {
      n++;
      StringBuilder item = new StringBuilder(n + ". **Stage " + s.getNumber()
          + s.getName().map(name -> ": " + name).orElse("") + "**");
      s.getTimeLimit().ifPresent(t -> item.append(" (within ").append(t).append(")"));
      item.append(" — ").append(s.getSource().getText());
      if (!s.getThirdParties().isEmpty()) {
        item.append(" Who can help: ").append(String.join(", ", s.getThirdParties()))
            .append('.');
      }
      line(item.toString());
    }
    r.getExclusions().forEach(s -> para(s.getText()));
    r.getRecordKeeping().forEach(s -> para(s.getText()));
    r.getNotes().forEach(s -> para(s.getText()));
    if (!r.getExternalBodies().isEmpty()) {
      blank();
      line("**Outside help**");
      blank();
      for (ExternalBody b : r.getExternalBodies()) {
        line("- " + b.getName() + optional(contact(b.getContact())));
      }
    }
  }

  private void governance(Governance g) {
    section("Governance");
    g.getOverseenBy().ifPresent(o -> para("Overseen by " + o + "."));
    g.getStatements().forEach(s -> para(s.getText()));
    for (GovernanceDuty d : g.getDuties()) {
      line("- " + d.getSource().getText() + d.getEvery().map(e -> " _(every " + e + ")_")
          .orElse(""));
    }
  }

  private static String optional(String text) {
    return text.isEmpty() ? "" : ": " + text;
  }

  private static String contact(Contact k) {
    List<String> parts = new ArrayList<>();
    k.getAttention().ifPresent(parts::add);
    parts.addAll(k.getAddress());
    k.getTelephone().ifPresent(t -> parts.add("tel. " + t));
    k.getEmail().ifPresent(parts::add);
    k.getWebsite().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private void paragraphs(String heading, List<Citation> texts) {
    if (!texts.isEmpty()) {
      section(heading);
      texts.forEach(t -> para(t.getText()));
    }
  }

  private static String cite(Citation c) {
    return " [" + c.getClause() + "]";
  }

  private static String sector(Sector s) {
    switch (s) {
      case PUBLIC:
        return "Public sector";
      case VOLUNTARY_COMMUNITY:
        return "Voluntary and community sector";
      default:
        return "Private sector";
    }
  }

  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void section(String heading) {
    blank();
    line("## " + heading);
    blank();
  }

  private void para(String text) {
    line(text);
    blank();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void blank() {
    int len = out.length();
    if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
      out.append('\n');
    }
  }
}
