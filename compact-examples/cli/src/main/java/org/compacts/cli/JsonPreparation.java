package org.compacts.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds, on a daemon thread, the mapper and the deserializers and serializers that a command
 * reading JSON will need, while picocli builds its model of the command line: on two cores the
 * two overlap. In two stages: what the command reads with first ({@link #await()}), then what it
 * writes with last ({@link #awaitWriters()}), so that the command reads its input on its own
 * thread while the writers are built on this one. A class apart from {@link Json}, so that a
 * command that reads no JSON loads none of it.
 */
final class JsonPreparation {
  /** The first stage, begun; null before, and in a JVM that never runs such a command. */
  private static FutureTask<Void> reading;
  /** The second stage, run after the first on the same thread; null when {@link #reading} is. */
  private static FutureTask<Void> writing;

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
        if (reading != null) {
          return;
        }
      }
      default -> {
        return;
      }
    }
    Stages stages = new Stages(command);
    reading = stages.reading;
    writing = stages.writing;
    Thread thread = new Thread(stages, "compact-json-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The two stages, run one after the other. A class, not lambdas: the first lambda of a JVM
   * sets up {@code java.lang.invoke}, which the new thread then does instead of this one.
   */
  private static final class Stages implements Runnable {
    final FutureTask<Void> reading;
    final FutureTask<Void> writing;

    Stages(String command) {
      reading = new FutureTask<>(new Stage(command, true), null);
      writing = new FutureTask<>(new Stage(command, false), null);
    }

    @Override
    public void run() {
      reading.run();
      writing.run();
    }
  }

  /** One stage for one command. */
  private record Stage(String command, boolean first) implements Runnable {
    @Override
    public void run() {
      JsonMapper mapper = Json.unprepared().mapper();
      if (first) {
        read(command, mapper);
      } else {
        write(command, mapper);
      }
    }
  }

  /**
   * Waits for the first stage, if one was begun: the mapper and what the command reads with.
   * Throws what it failed with, on the caller's thread. An interrupted wait keeps the interrupt
   * and leaves the rest to the caller's own calls, which build whatever the preparation had not.
   */
  static void await() {
    await(stage(true));
  }

  /** Waits for the second stage, if one was begun: what the command writes with; see above. */
  static void awaitWriters() {
    await(stage(false));
  }

  private static void await(FutureTask<Void> task) {
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

  private static synchronized FutureTask<Void> stage(boolean first) {
    return first ? reading : writing;
  }

  /**
   * The first stage beyond the mapper. A check reads its events itself, building the
   * deserializers of the event types its input holds, while this thread builds the writer of
   * its findings; a validation has nothing else to do while it waits. diff and compare need the
   * mapper itself, to name fields as JSON does.
   */
  private static void read(String command, JsonMapper mapper) {
    if (command.equals("validate")) {
      mapper.readerFor(Compact.class);
    }
  }

  /** The second stage: the serializers of what the command writes as JSON. */
  private static void write(String command, JsonMapper mapper) {
    switch (command) {
      case "check" ->
          mapper.writerFor(mapper.getTypeFactory().constructParametricType(List.class,
              Finding.class));
      case "import" -> mapper.writerFor(Event.class);
      default -> { }
    }
  }
}
