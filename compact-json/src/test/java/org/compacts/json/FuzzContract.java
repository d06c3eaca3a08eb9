package org.compacts.json;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.compacts.model.Compact;
import org.compacts.rules.Event;

/**
 * The contract every fuzz target asserts of a reader given arbitrary input: it either accepts
 * the input or refuses it with one of the library's documented exceptions, whose problems are
 * located and worded plainly; nothing else escapes (no {@code NullPointerException},
 * {@code ClassCastException}, {@code IndexOutOfBoundsException}, {@code StackOverflowError},
 * {@code OutOfMemoryError}, no raw Jackson exception). What is accepted round-trips.
 *
 * <pre>{@code
 * @FuzzTest
 * void read(byte[] input) {
 *   Compact compact = FuzzContract.read(() -> json.read(input));
 *   if (compact != null) {
 *     FuzzContract.roundTrips(compact);
 *   }
 * }
 * }</pre>
 *
 * <p>Shared with the other modules' fuzz tests through compact-json's test-jar.
 */
public final class FuzzContract {
  /** Java's words in a message meant for people: class names, exception names. */
  private static final Pattern JAVA = Pattern.compile(
      "\\b(java|javax|jdk|tools\\.jackson|com\\.fasterxml|org\\.compacts)\\.[a-z]"
          + "|Exception\\b|\\$Builder");
  /** A value quoted from the input, which may hold any words. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private FuzzContract() {}

  /**
   * Runs a read of untrusted input.
   *
   * @param read the read
   * @param refusals the documented exceptions besides {@link CompactJsonException}, each
   *     checked to carry a plain message
   * @return what the read gave, or null when it refused the input cleanly
   * @throws AssertionError when anything else escapes, or a refusal is not located or plain
   */
  @SafeVarargs
  public static <T> T read(Callable<T> read, Class<? extends Exception>... refusals) {
    try {
      return read.call();
    } catch (CompactJsonException e) {
      located(e.getProblems(), Integer.MAX_VALUE);
      return null;
    } catch (Throwable e) {
      for (Class<? extends Exception> refusal : refusals) {
        if (refusal.isInstance(e)) {
          plain(e.getMessage());
          return null;
        }
      }
      throw new AssertionError("The read let " + e + " escape", e);
    }
  }

  /**
   * Checks that problems are located (line and column from 1, at most {@code lastLine}), coded
   * in kebab case and worded plainly.
   */
  public static void located(List<JsonProblem> problems, long lastLine) {
    if (problems.isEmpty()) {
      throw new AssertionError("A refusal without problems");
    }
    for (JsonProblem p : problems) {
      if (p.getLine() < 1 || p.getColumn() < 1 || p.getLine() > lastLine) {
        throw new AssertionError("Not located: " + p);
      }
      if (!CODE.matcher(p.getCode()).matches()) {
        throw new AssertionError("Not a problem code: " + p.getCode());
      }
      if (!p.getPointer().isEmpty() && !p.getPointer().startsWith("/")) {
        throw new AssertionError("Not a JSON Pointer: " + p.getPointer());
      }
      plain(p.getMessage());
    }
  }

  /**
   * Checks that a message is a plain sentence that names no Java class, outside the values it
   * quotes from the input.
   */
  public static void plain(String message) {
    if (message == null || message.isBlank()) {
      throw new AssertionError("An error without a message");
    }
    if (JAVA.matcher(QUOTED.matcher(message).replaceAll("''")).find()) {
      throw new AssertionError("A message that speaks Java: " + message);
    }
  }

  /**
   * Checks that a compact that was read writes, reads back equal, and writes the same bytes.
   */
  public static void roundTrips(Compact compact) {
    CompactJson json = CompactJson.create();
    String written = json.write(compact);
    Compact again = json.read(written);
    if (!again.equals(compact)) {
      throw new AssertionError("Read back differently:\n" + written);
    }
    String rewritten = json.write(again);
    if (!rewritten.equals(written)) {
      throw new AssertionError("Wrote different bytes:\n" + written + "\n" + rewritten);
    }
  }

  /** Checks that events that were read write as an array, read back equal, and write the same. */
  public static void roundTrips(List<Event> events) {
    CompactJson json = CompactJson.create();
    String written = json.writeEvents(events);
    List<Event> again = json.readEvents(written);
    if (!again.equals(events)) {
      throw new AssertionError("Read back differently:\n" + written);
    }
    if (!json.writeEvents(again).equals(written)) {
      throw new AssertionError("Wrote different bytes:\n" + written);
    }
    for (Event event : events) {
      String one = json.writeEvent(event);
      if (!json.readEvent(one).equals(event) || !json.writeEvent(json.readEvent(one))
          .equals(one)) {
        throw new AssertionError("One event did not round-trip:\n" + one);
      }
    }
  }
}
