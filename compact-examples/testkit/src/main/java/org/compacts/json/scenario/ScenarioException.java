package org.compacts.json.scenario;

import java.nio.file.Path;

/**
 * Thrown when a scenario file cannot be read: it is not JSON, it does not fit the scenario
 * format, its event is not a valid event, or it names a compact that cannot be found or read.
 * The message names the file and the JSON Pointer of the problem; it quotes at most a short
 * excerpt of a value, and never the content of a compact file that is not a compact document.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String pointer;

  ScenarioException(Path file, String pointer, String message, Throwable cause) {
    super(file + (pointer.isEmpty() ? "" : ": " + Excerpt.of(pointer, 2 * Excerpt.MOST)) + ": "
        + message, cause);
    this.file = file;
    this.pointer = pointer;
  }

  ScenarioException(Path file, String pointer, String message) {
    this(file, pointer, message, null);
  }

  /** The scenario file. */
  public Path getFile() {
    return file;
  }

  /** The JSON Pointer of the problem in the file; empty for the whole file. */
  public String getPointer() {
    return pointer;
  }
}
