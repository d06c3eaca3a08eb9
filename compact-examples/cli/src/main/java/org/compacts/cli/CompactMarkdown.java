package org.compacts.cli;

import static org.compacts.cli.Markdown.delimited;
import static org.compacts.cli.Markdown.strong;
import static org.compacts.cli.Markdown.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.compacts.model.Actor;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Party;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Seat;
import org.compacts.model.Sector;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.rules.UnknownRule;

/**
 * Renders a compact as a Markdown document a council could publish: its standing and aims,
 * principles, undertakings grouped by actor, rules with their periods, the resolution
 * procedure as a numbered list of stages, governance and the commitment form.
 *
 * <p>The document is built as a CommonMark tree and written by commonmark-java, so text from
 * the compact is always text: whatever Markdown or HTML it holds ({@code <img onerror=...>},
 * {@code [x](javascript:...)}, a {@code #} or {@code 1.} at the start of a line) is escaped and
 * comes out literally, and its control characters come out as {@code \}{@code u001b}.
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

  private final Document document = new Document();

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
    return Markdown.RENDERER.render(md.document);
  }

  private void write(Compact c) {
    heading(1, c.getTitle());
    ListBlock facts = bullets();
    item(facts, strong("Kind:"), text(" " + words(c.getKind())));
    item(facts, strong("Area:"), text(" " + c.getArea()));
    item(facts, strong("Status:"), text(" " + words(c.getStatus())));
    c.getDatedOn().ifPresent(d -> item(facts, strong("Dated:"), text(" " + DAY.format(d))));
    c.getPeriod().ifPresent(p -> item(facts, strong("Period:"), text(" " + p.getFirstYear()
        + "–" + p.getLastYear())));
    c.getRefreshedIn().ifPresent(m -> item(facts, strong("Refreshed:"),
        text(" " + MONTH.format(m))));
    paragraphs("Legal standing", c.getLegalStanding());
    c.getForeword().ifPresent(f -> {
      heading(2, "Foreword");
      f.getParagraphs().forEach(p -> paragraph(text(p.getText())));
      if (!f.getAuthors().isEmpty()) {
        paragraph(text("— " + f.getAuthors().stream()
            .map(a -> a.getName() + a.getPosition().map(p -> ", " + p).orElse("")
                + a.getOrganisation().map(o -> ", " + o).orElse(""))
            .collect(Collectors.joining("; "))));
      }
    });
    paragraphs("Vision", c.getVision());
    paragraphs("Purpose", c.getPurpose());
    if (!c.getObjectives().isEmpty()) {
      heading(2, "Objectives");
      ListBlock list = bullets();
      c.getObjectives().forEach(o -> item(list, text(o.getLabel().map(l -> l + " ").orElse("")
          + o.getTitle())));
    }
    if (!c.getSectorDefinitions().isEmpty()) {
      heading(2, "The sectors");
      c.getSectorDefinitions().forEach(d -> paragraph(strong(sector(d.getSector()) + ":"),
          text(" " + d.getSource().getText())));
    }
    c.getSections().forEach(s -> paragraphs(s.getHeading(), s.getParagraphs()));
    parties(c);
    if (!c.getPrinciples().isEmpty()) {
      heading(2, "Principles");
      ListBlock list = bullets();
      c.getPrinciples().forEach(p -> {
        List<Node> inlines = new ArrayList<>();
        p.getTitle().ifPresent(t -> {
          inlines.add(strong(t));
          inlines.add(text(" — "));
        });
        inlines.add(text(p.getSource().getText() + cite(p.getSource())));
        item(list, inlines.toArray(Node[]::new));
      });
    }
    undertakings(c);
    rules(c);
    if (!c.getCodesOfPractice().isEmpty()) {
      heading(2, "Codes of practice");
      ListBlock list = bullets();
      c.getCodesOfPractice().forEach(k -> item(list, text(k.getTopic() + " ("
          + words(k.getInclusion()) + ")")));
    }
    c.getResolution().ifPresent(this::resolution);
    c.getGovernance().ifPresent(this::governance);
    c.getCommitmentForm().ifPresent(f -> {
      heading(2, f.getTitle().orElse("Commitment form"));
      if (!f.getStatements().isEmpty()) {
        ListBlock list = bullets();
        f.getStatements().forEach(s -> item(list, text(s.getText())));
      }
      if (!f.getFields().isEmpty()) {
        paragraph(text("To fill in: " + String.join(", ", f.getFields()) + "."));
      }
      f.getReturnTo().ifPresent(r -> paragraph(text("Return to: " + contact(r))));
    });
    if (!c.getRelatedDocuments().isEmpty()) {
      heading(2, "Related documents");
      ListBlock list = bullets();
      c.getRelatedDocuments().forEach(d -> item(list, text(d.getTitle() + " ("
          + d.getRelation() + ")" + d.getLocation().map(l -> ": " + l).orElse(""))));
    }
  }

  private void parties(Compact c) {
    if (c.getParties().isEmpty() && c.getSignatories().isEmpty()) {
      return;
    }
    heading(2, "Parties");
    Map<Sector, List<Party>> bySector = new LinkedHashMap<>();
    for (Sector s : Sector.values()) {
      List<Party> in = c.getParties().stream().filter(p -> p.getSector() == s)
          .collect(Collectors.toList());
      if (!in.isEmpty()) {
        bySector.put(s, in);
      }
    }
    bySector.forEach((s, parties) -> {
      paragraph(strong(sector(s)));
      ListBlock list = bullets();
      parties.forEach(p -> item(list, text(p.getName())));
    });
    if (!c.getSignatories().isEmpty()) {
      paragraph(strong("Signed by"));
      ListBlock list = bullets();
      c.getSignatories().forEach(s -> item(list, text(s.getName() + ", " + s.getPosition()
          + c.findParty(s.getParty()).map(p -> ", " + p.getName()).orElse(""))));
    }
  }

  private void undertakings(Compact c) {
    if (c.getUndertakings().isEmpty()) {
      return;
    }
    heading(2, "Undertakings");
    Map<Actor, List<Undertaking>> byActor = new LinkedHashMap<>();
    c.getUndertakings().forEach(u -> byActor.computeIfAbsent(u.getActor(), a -> new ArrayList<>())
        .add(u));
    byActor.forEach((actor, undertakings) -> {
      heading(3, capitalise(words(actor)));
      ListBlock list = bullets();
      undertakings.forEach(u -> {
        String terms = words(u.getModality()) + u.getQualifiers().stream()
            .map(q -> ", " + words(q)).collect(Collectors.joining());
        item(list, text(u.getSource().getText() + " "), emphasis("(" + terms + ")"),
            text(cite(u.getSource())));
      });
    });
  }

  private void rules(Compact c) {
    if (c.getRules().isEmpty()) {
      return;
    }
    heading(2, "Rules");
    TableBlock table = new TableBlock();
    TableHead head = new TableHead();
    head.appendChild(row(true, "Rule", "Kind", "Requirement", "Modality", "Clause"));
    table.appendChild(head);
    TableBody body = new TableBody();
    c.getRules().forEach(r -> body.appendChild(row(false, r.getId(), r.kind(), requirement(r) + onlyWhen(r),
        words(r.getModality()), r.getSource().getClause())));
    table.appendChild(body);
    document.appendChild(table);
  }

  private static TableRow row(boolean header, String... cells) {
    TableRow row = new TableRow();
    for (String cell : cells) {
      TableCell node = new TableCell();
      node.setHeader(header);
      node.appendChild(text(" " + cell + " "));
      row.appendChild(node);
    }
    return row;
  }

  /** ", only for events tagged a, b" for a rule with onlyWhen tags. */
  private static String onlyWhen(Rule r) {
    return r.getOnlyWhen().isEmpty() ? ""
        : ", only for events tagged " + String.join(", ", r.getOnlyWhen());
  }

  private static String joined(Set<? extends Enum<?>> values, String before) {
    return values.isEmpty() ? "" : before + values.stream().map(CompactMarkdown::words)
        .collect(Collectors.joining(", "));
  }

  private static String requirement(Rule r) {
    if (r instanceof MinimumNoticeRule) {
      MinimumNoticeRule n = (MinimumNoticeRule) r;
      return "at least " + n.getPeriod() + " notice" + joined(n.getRequires(), ", ")
          + joined(n.getExemptions(), ", except ");
    }
    if (r instanceof MinimumConsultationRule) {
      MinimumConsultationRule m = (MinimumConsultationRule) r;
      return "consultation of at least " + m.getPeriod() + joined(m.getExemptions(), ", except ");
    }
    if (r instanceof PaymentInAdvanceRule) {
      PaymentInAdvanceRule p = (PaymentInAdvanceRule) r;
      return "payment in advance of the period funded" + joined(p.getExemptions(), ", except ");
    }
    if (r instanceof PaymentWithinRule) {
      PaymentWithinRule p = (PaymentWithinRule) r;
      return "payment within " + p.getPeriod() + " of the "
          + (p.getCountsFrom() == PaymentBasis.INVOICE_RECEIVED ? "invoice" : "agreed date");
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
    if (r instanceof UnknownRule) {
      return "a kind this version does not read: " + r.getSource().getText();
    }
    return r.getSource().getText();
  }

  private void resolution(ResolutionProcedure r) {
    heading(2, "Resolving disagreements");
    r.getScope().forEach(s -> paragraph(text(s.getText())));
    if (!r.getStages().isEmpty()) {
      OrderedList stages = new OrderedList();
      stages.setMarkerStartNumber(1);
      stages.setMarkerDelimiter(".");
      stages.setTight(true);
      document.appendChild(stages);
      for (Stage s : r.getStages()) {
        List<Node> inlines = new ArrayList<>();
        inlines.add(strong("Stage " + s.getNumber() + s.getName().map(name -> ": " + name)
            .orElse("")));
        StringBuilder rest = new StringBuilder();
        s.getTimeLimit().ifPresent(t -> rest.append(" (within ").append(t).append(")"));
        rest.append(" — ").append(s.getSource().getText());
        if (!s.getThirdParties().isEmpty()) {
          rest.append(" Who can help: ").append(String.join(", ", s.getThirdParties()))
              .append('.');
        }
        inlines.add(text(rest.toString()));
        item(stages, inlines.toArray(Node[]::new));
      }
    }
    r.getExclusions().forEach(s -> paragraph(text(s.getText())));
    r.getRecordKeeping().forEach(s -> paragraph(text(s.getText())));
    r.getNotes().forEach(s -> paragraph(text(s.getText())));
    if (!r.getExternalBodies().isEmpty()) {
      paragraph(strong("Outside help"));
      ListBlock list = bullets();
      for (ExternalBody b : r.getExternalBodies()) {
        item(list, text(b.getName() + optional(contact(b.getContact()))));
      }
    }
  }

  private void governance(Governance g) {
    heading(2, "Governance");
    g.getOverseenBy().ifPresent(o -> paragraph(text("Overseen by " + o + ".")));
    g.getStatements().forEach(s -> paragraph(text(s.getText())));
    if (!g.getDuties().isEmpty()) {
      ListBlock list = bullets();
      for (GovernanceDuty d : g.getDuties()) {
        List<Node> inlines = new ArrayList<>();
        inlines.add(text(d.getSource().getText()));
        d.getEvery().ifPresent(e -> {
          inlines.add(text(" "));
          inlines.add(emphasis("(every " + e + ")"));
        });
        item(list, inlines.toArray(Node[]::new));
      }
    }
    if (!g.getBodies().isEmpty()) {
      paragraph(strong("Oversight bodies"));
      ListBlock list = bullets();
      for (GovernanceBody b : g.getBodies()) {
        item(list, strong(b.getName()), text(composition(b) + " — " + b.getSource().getText()
            + cite(b.getSource())));
      }
    }
  }

  /** " (12 members: 6 public sector, 6 voluntary and community sector)", or what is known. */
  private static String composition(GovernanceBody b) {
    List<String> seats = new ArrayList<>();
    for (Seat seat : b.getSeats()) {
      String who = seat.getSector().map(CompactMarkdown::sector)
          .map(name -> name.toLowerCase(Locale.ROOT)).orElse("");
      String role = seat.getRole().orElse("");
      seats.add(seat.getCount() + " " + (who.isEmpty() ? role : role.isEmpty() ? who
          : who + " (" + role + ")"));
    }
    String members = b.getMembers().map(m -> m + (m == 1 ? " member" : " members")).orElse("");
    String joined = String.join(", ", seats);
    if (members.isEmpty() && joined.isEmpty()) {
      return "";
    }
    return " (" + members + (members.isEmpty() || joined.isEmpty() ? "" : ": ") + joined + ")";
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
      heading(2, heading);
      texts.forEach(t -> paragraph(text(t.getText())));
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

  private void heading(int level, String text) {
    Heading heading = new Heading();
    heading.setLevel(level);
    heading.appendChild(text(text));
    document.appendChild(heading);
  }

  private void paragraph(Node... inlines) {
    document.appendChild(paragraphOf(inlines));
  }

  private static Paragraph paragraphOf(Node... inlines) {
    Paragraph paragraph = new Paragraph();
    for (Node inline : inlines) {
      paragraph.appendChild(inline);
    }
    return paragraph;
  }

  private ListBlock bullets() {
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(true);
    document.appendChild(list);
    return list;
  }

  private static void item(ListBlock list, Node... inlines) {
    ListItem item = new ListItem();
    item.appendChild(paragraphOf(inlines));
    list.appendChild(item);
  }

  /** Emphasised text; without the spaces at its ends, which would keep it from being so. */
  private static Node emphasis(String text) {
    return delimited(new Emphasis("_"), text);
  }
}
