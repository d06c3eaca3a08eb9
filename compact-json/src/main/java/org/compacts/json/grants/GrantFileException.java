package org.compacts.json.grants;

/**
 * A file that cannot be read as 360Giving data at all: not a 360Giving file (a compact, a JSON
 * array, a CSV without the standard's columns), or broken past a point (malformed JSON). The
 * message is one sentence, located by line and column where that helps; grants read before the
 * point stay read.
 */
public final class GrantFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GrantFileException(String message) {
    super(message);
  }

  GrantFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
