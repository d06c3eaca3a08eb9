package org.compacts.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * Builds, on a daemon thread, the mapper and the deserializers that a command reading JSON will
 * need, while picocli builds its model of the command line: on two cores the two overlap, and
 * each takes about as long. A class apart from {@link Json}, so that a command that reads no
 * JSON loads none of it.
 */
final class JsonPreparation {
  /** The preparation begun; null before, and in a JVM that never runs such a command. */
  private static FutureTask<Void> preparing;

  private JsonPreparation() {}

  /**
   * Begins the preparation for a command, once per JVM; does nothing for a command that reads
   * no JSON.
   *
   * @param command the command's name (the first argument)
   */
  static synchronized void begin(String command) {
    switch (command) {
      case "check", "report", "validate", "import", "diff", "compare" -> {
        if (preparing != null) {
          return;
        }
      }
      default -> {
        return;
      }
    }
    preparing = new FutureTask<>(() -> prepare(command, Json.unprepared().mapper()), null);
    Thread thread = new Thread(preparing, "compact-json-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits for the preparation, if one was begun; throws what it failed with, on the caller's
   * thread. An interrupted wait keeps the interrupt and leaves the rest to the caller's own
   * calls, which build whatever the preparation had not.
   */
  static void await() {
    FutureTask<Void> task = current();
    if (task == null) {
      return;
    }
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e);
    }
  }

  private static synchronized FutureTask<Void> current() {
    return preparing;
  }

  /**
   * Builds what a command needs first beyond the mapper: building a deserializer is most of
   * what a first read costs. diff and compare need the mapper itself, to name fields as JSON
   * does.
   */
  private static void prepare(String command, JsonMapper mapper) {
    TypeFactory types = mapper.getTypeFactory();
    switch (command) {
      case "check", "report" -> {
        mapper.readerFor(Event.class);
        mapper.readerFor(types.constructParametricType(List.class, Event.class));
        mapper.writerFor(types.constructParametricType(List.class, Finding.class));
      }
      case "validate" -> mapper.readerFor(Compact.class);
      case "import" -> mapper.writerFor(Event.class);
      default -> { }
    }
  }
}
