package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.RuleEvaluator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON examples of the README's section "Rules real compacts state" read, and decide. */
class ReadmeRealCompactsTest {
  private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyRuleAndEventOfTheSectionReadsAndTheExamplesDecideAsTheTextSays()
      throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Rules real compacts state");
    assertThat(start).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    Matcher m = BLOCK.matcher(readme.substring(start, end));
    JsonMapper plain = JsonMapper.builder().build();
    CompactJson json = CompactJson.create();
    List<String> rules = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).strip().startsWith("{")) {
        continue;   // a fragment of a compact (the governance example), read by its own test
      }
      JsonNode node = plain.readTree(m.group(1));
      if (node.has("type")) {
        events.add(json.readEvent(m.group(1)));
      } else if (node.has("kind")
          && RuleCatalog.standard().ruleKinds().containsKey(node.get("kind").asString())) {
        rules.add(m.group(1));
      }
    }
    assertThat(rules).hasSize(4);
    assertThat(events).extracting(Event::type)
        .containsExactly("consultation", "payment", "funding-award");
    Compact compact = json.read("{\"formatVersion\": \"1.0\", \"id\": \"readme-compact\","
        + " \"title\": \"README\", \"kind\": \"compact\", \"area\": \"England\","
        + " \"status\": \"adopted\", \"rules\": [" + String.join(", ", rules) + "]}");
    List<Finding> payment = RuleEvaluator.create().check(compact, events.get(1),
        LocalDate.of(2025, 5, 1));
    assertThat(payment).extracting(Finding::getRule, Finding::getOutcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("grants-paid-in-advance", Outcome.NOT_APPLICABLE),
        org.assertj.core.groups.Tuple.tuple("invoices-within-5-working-days", Outcome.MET));
    assertThat(payment.get(1).getEventId()).hasValue("inv-2025-0042");
    assertThat(RuleEvaluator.create().check(compact, events.get(0), LocalDate.of(2025, 5, 1)))
        .extracting(Finding::getOutcome).containsExactly(Outcome.NOT_APPLICABLE);
  }
}
