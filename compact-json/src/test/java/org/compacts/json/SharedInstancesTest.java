package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Gen;
import org.compacts.validation.CompactValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper, the readers and writers of {@link CompactJson}, the validator and the rule
 * checker are documented as safe to share between threads: eight threads working through the
 * same inputs at once, each in its own order, get exactly what one thread gets alone.
 */
class SharedInstancesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private final CompactJson json = CompactJson.create();
  private final JsonMapper mapper = json.mapper();
  private final CompactValidator validator = CompactValidator.create();
  private final RuleEvaluator evaluator = RuleEvaluator.create();

  @Test
  void eightThreadsOverSharedInstancesGetWhatOneThreadGets() throws Exception {
    Gen gen = Gen.seeded(13);
    List<Compact> compacts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      compacts.add(gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen));
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      events.add(EventGen.event(gen));
    }
    PreparedCompact prepared = evaluator.prepare(compacts.get(0));
    String ndjson = String.join("\n", events.stream().map(e -> json.writeEvent(e).strip())
        .toArray(String[]::new)) + "\n{\"type\": \"dispute-step\", \"stage\": \"two\"}\n";

    List<Function<Integer, String>> tasks = new ArrayList<>();
    for (Compact compact : compacts) {
      String text = json.write(compact);
      String broken = text.replaceFirst("\"20(\\d\\d)-(\\d\\d)-\\d\\d\"", "\"20$1-02-30\"")
          .replace("\"kind\": \"compact\"", "\"kind\": 7");
      tasks.add(i -> outcome(() -> json.write(json.read(text))));
      tasks.add(i -> outcome(() -> new String(json.writeBytes(json.read(
          text.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8)));
      tasks.add(i -> outcome(() -> json.read(broken)));
      tasks.add(i -> outcome(() -> mapper.writeValueAsString(mapper.readValue(text,
          Compact.class))));
      tasks.add(i -> validator.validate(compact).toString());
      tasks.add(i -> outcome(() -> json.writeFindings(evaluator.prepare(compact)
          .checkAll(events, AS_OF))));
    }
    tasks.add(i -> outcome(() -> json.writeFindings(prepared.checkAll(events, AS_OF))));
    tasks.add(i -> outcome(() -> json.readEvents(json.writeEvents(events))));
    tasks.add(i -> lines(ndjson));

    List<String> alone = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      alone.add(tasks.get(i).apply(i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
          }
          List<String> mismatches = new ArrayList<>();
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, new Random(seed * 31 + round));
            for (int i : order) {
              String together = tasks.get(i).apply(i);
              if (!together.equals(alone.get(i))) {
                mismatches.add("task " + i + ": " + together);
              }
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone).anySatisfy(a -> assertThat(a).contains("not-met"));
    assertThat(alone).anySatisfy(a -> assertThat(a).startsWith("refused"));
  }

  /** What a read, write or check gives: its value's text, or the problems that refused it. */
  private static String outcome(java.util.function.Supplier<Object> work) {
    try {
      return String.valueOf(work.get());
    } catch (CompactJsonException e) {
      return "refused " + e.getProblems();
    }
  }

  private String lines(String ndjson) {
    StringBuilder out = new StringBuilder();
    try (EventLineReader reader = json.readEventLines(new ByteArrayInputStream(
        ndjson.getBytes(StandardCharsets.UTF_8)))) {
      for (EventLine line = reader.next(); line != null; line = reader.next()) {
        out.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
