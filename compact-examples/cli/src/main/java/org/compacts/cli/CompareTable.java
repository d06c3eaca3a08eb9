package org.compacts.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.model.Undertaking;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two or more compacts side by side, one row per topic: notice before funding changes,
 * consultation, feedback, minimum term, full cost recovery, payment terms, dispute stages and
 * their time limits, meetings, reports, oversight, and undertakings counted by actor and
 * modality. Rules are read from each compact's JSON document by their {@code kind} and
 * fields, so that rule kinds and fields the tool was not written for (a {@code requires}, an
 * {@code onlyWhen}, a governance body's seats) show too.
 */
final class CompareTable {
  private static final String NONE = "—";
  private static final Mustache PAGE =
      new DefaultMustacheFactory("org/compacts/cli/compare").compile("page.mustache");
  private static final List<Modality> MODALITIES = List.of(Modality.WILL, Modality.COMMIT,
      Modality.SHOULD, Modality.ENDEAVOUR, Modality.ASPIRE, Modality.RECOGNISE);

  private final JsonMapper mapper;

  CompareTable(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** The header (Topic, then each compact's id) and one row per topic. */
  List<List<String>> rows(List<Compact> compacts) {
    List<JsonNode> docs = new ArrayList<>();
    for (Compact c : compacts) {
      docs.add(mapper.valueToTree(c));
    }
    Map<String, Function<JsonNode, String>> topics = new LinkedHashMap<>();
    topics.put("Notice before funding changes", d -> rules(d, "minimum-notice"));
    topics.put("Consultation length and exemptions", d -> rules(d, "minimum-consultation"));
    topics.put("Feedback after consultation", d -> rules(d, "consultation-feedback"));
    topics.put("Minimum term", d -> rules(d, "minimum-term"));
    topics.put("Full cost recovery", d -> rules(d, "full-cost-recovery"));
    topics.put("Payment terms", CompareTable::payments);
    topics.put("Dispute stages", CompareTable::stages);
    topics.put("Dispute time limits", CompareTable::timeLimits);
    topics.put("Meetings", d -> governance(d, "meeting", "compact-meeting"));
    topics.put("Reports", d -> governance(d, "report", "annual-report"));
    topics.put("Oversight", CompareTable::oversight);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("Topic");
    compacts.forEach(c -> header.add(c.getId()));
    rows.add(header);
    topics.forEach((topic, cell) -> {
      List<String> row = new ArrayList<>();
      row.add(topic);
      docs.forEach(d -> row.add(cell.apply(d)));
      rows.add(row);
    });
    List<String> undertakings = new ArrayList<>();
    undertakings.add("Undertakings by actor and modality");
    compacts.forEach(c -> undertakings.add(undertakings(c)));
    rows.add(undertakings);
    return rows;
  }

  /** The Markdown document: a heading, the compacts' titles and the table. */
  String markdown(List<Compact> compacts) {
    List<List<String>> rows = rows(compacts);
    StringBuilder titles = new StringBuilder();
    for (Compact c : compacts) {
      titles.append(titles.length() == 0 ? "" : "; ").append(c.getId()).append(": ")
          .append(c.getTitle());
    }
    return new Markdown().heading(1, "Compacts side by side").paragraph(titles + ".")
        .table(rows.get(0), rows.subList(1, rows.size())).render();
  }

  /**
   * The HTML page: the compacts' ids and titles and the same table, from a Mustache template
   * that escapes every value; control characters in the text are shown as {@code \}{@code
   * uXXXX}, as in every output of the tool.
   */
  String html(List<Compact> compacts) {
    List<List<String>> rows = rows(compacts);
    Map<String, Object> page = new LinkedHashMap<>();
    List<Map<String, String>> list = new ArrayList<>();
    for (Compact c : compacts) {
      list.add(Map.of("id", TerminalText.escape(c.getId()),
          "title", TerminalText.escape(c.getTitle())));
    }
    page.put("compacts", list);
    page.put("header", rows.get(0).stream().map(TerminalText::escape).toList());
    List<Map<String, Object>> body = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (String cell : row.subList(1, row.size())) {
        cells.add(Map.of("text", TerminalText.escape(cell), "none", NONE.equals(cell)));
      }
      body.add(Map.of("topic", row.get(0), "cells", cells));
    }
    page.put("rows", body);
    StringWriter out = new StringWriter();
    PAGE.execute(out, page);
    return out.toString();
  }

  private static String rules(JsonNode doc, String kind) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : doc.path("rules")) {
      if (kind.equals(r.path("kind").asString(""))) {
        out.add(rule(r));
      }
    }
    return cell(out);
  }

  private static String payments(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : doc.path("rules")) {
      String kind = r.path("kind").asString("");
      if (kind.startsWith("payment")) {
        out.add(kind + ": " + rule(r));
      }
    }
    return cell(out);
  }

  /**
   * A rule in words: its period (and where it counts from) or "yes", its modality, and its
   * sets: "3 months (will); exemptions: agreed end date".
   */
  static String rule(JsonNode r) {
    StringBuilder s = new StringBuilder(r.has("period")
        ? span(r.path("period")) + (r.has("from") ? " from " + words(r.path("from")) : "")
        : "yes");
    s.append(" (").append(words(r.path("modality"))).append(")");
    for (String set : List.of("exemptions", "requires", "onlyWhen")) {
      if (r.path(set).size() > 0) {
        s.append("; ").append(set.equals("onlyWhen") ? "only when" : set).append(": ")
            .append(list(r.path(set)));
      }
    }
    return s.toString();
  }

  private static String stages(JsonNode doc) {
    JsonNode stages = doc.at("/resolution/stages");
    if (stages.size() == 0) {
      return NONE;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode s : stages) {
      names.add(s.path("number").asInt() + ". " + s.path("name").asString(
          s.at("/source/clause").asString("")));
    }
    return stages.size() + (stages.size() == 1 ? " stage: " : " stages: ")
        + String.join("; ", names);
  }

  private static String timeLimits(JsonNode doc) {
    Map<Integer, String> limits = new TreeMap<>();
    for (JsonNode r : doc.path("rules")) {
      if ("stage-time-limit".equals(r.path("kind").asString(""))) {
        limits.put(r.path("stage").asInt(), rule(r));
      }
    }
    for (JsonNode s : doc.at("/resolution/stages")) {
      if (s.has("timeLimit")) {
        limits.putIfAbsent(s.path("number").asInt(), span(s.path("timeLimit")));
      }
    }
    List<String> out = new ArrayList<>();
    limits.forEach((stage, limit) -> out.add("stage " + stage + ": " + limit));
    return cell(out);
  }

  private static String governance(JsonNode doc, String dutyKind, String activity) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : doc.path("rules")) {
      if ("recurrence".equals(r.path("kind").asString(""))
          && activity.equals(r.path("activity").asString(""))) {
        out.add("every " + rule(r));
      }
    }
    if (out.isEmpty()) {
      for (JsonNode d : doc.at("/governance/duties")) {
        if (dutyKind.equals(d.path("kind").asString(""))) {
          out.add(d.has("every") ? "every " + span(d.path("every"))
              : d.at("/source/text").asString(""));
        }
      }
    }
    return cell(out);
  }

  /**
   * The bodies that oversee the compact, with their members and seats ("Compact Group: 12
   * members (6 public, 6 voluntary community)"), or the overseer as printed where it names no
   * bodies.
   */
  private static String oversight(JsonNode doc) {
    List<String> out = new ArrayList<>();
    JsonNode governance = doc.path("governance");
    for (JsonNode body : governance.path("bodies")) {
      StringBuilder s = new StringBuilder(body.path("name").asString(body.path("id").asString()));
      if (body.has("members")) {
        s.append(": ").append(body.path("members").asInt()).append(" members");
      }
      List<String> seats = new ArrayList<>();
      for (JsonNode seat : body.path("seats")) {
        List<String> who = new ArrayList<>();
        if (seat.has("sector")) {
          who.add(words(seat.path("sector")));
        }
        if (seat.has("role")) {
          who.add(seat.path("role").asString());
        }
        seats.add(seat.path("count").asInt() + " " + String.join(", ", who));
      }
      if (!seats.isEmpty()) {
        s.append(" (").append(String.join("; ", seats)).append(")");
      }
      out.add(s.toString());
    }
    if (out.isEmpty() && governance.has("overseenBy")) {
      out.add(governance.path("overseenBy").asString());
    }
    if (out.isEmpty()) {
      for (JsonNode d : governance.path("duties")) {
        if ("oversight".equals(d.path("kind").asString(""))) {
          out.add(d.at("/source/text").asString(""));
        }
      }
    }
    return cell(out);
  }

  /** "statutory sector: 12 will, 2 endeavour; voluntary sector: 8 will". */
  static String undertakings(Compact c) {
    Map<String, Map<Modality, Integer>> byActor = new LinkedHashMap<>();
    for (Undertaking u : c.getUndertakings()) {
      String actor = u.getParty().orElse(words(u.getActor()));
      byActor.computeIfAbsent(actor, a -> new LinkedHashMap<>())
          .merge(u.getModality(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    byActor.forEach((actor, counts) -> {
      List<String> parts = new ArrayList<>();
      for (Modality m : MODALITIES) {
        if (counts.containsKey(m)) {
          parts.add(counts.get(m) + " " + words(m));
        }
      }
      out.add(actor + ": " + String.join(", ", parts));
    });
    return cell(out);
  }

  private static String cell(List<String> items) {
    return items.isEmpty() ? NONE : String.join("; ", items);
  }

  private static String span(JsonNode span) {
    int amount = span.path("amount").asInt();
    String unit = span.path("unit").asString("").replace('-', ' ');
    return amount + " " + (amount == 1 && unit.endsWith("s")
        ? unit.substring(0, unit.length() - 1) : unit);
  }

  private static String list(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(words(v)));
    return String.join(", ", out);
  }

  private static String words(JsonNode value) {
    return value.asString("").replace('-', ' ');
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
