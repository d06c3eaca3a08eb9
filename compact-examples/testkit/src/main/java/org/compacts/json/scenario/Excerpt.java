package org.compacts.json.scenario;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * How scenario errors quote what they read: a value as a short excerpt with its control
 * characters escaped, so that a message stays one readable line whatever the file held.
 */
final class Excerpt {
  /** The most characters of a value a message quotes. */
  static final int MOST = 60;

  private Excerpt() {}

  /** The value in single quotes: its first {@value #MOST} characters, then "…" if longer. */
  static String quoted(String value) {
    return "'" + of(value, MOST) + "'";
  }

  /** At most {@code most} characters of the text, then "…"; control characters escaped. */
  static String of(String text, int most) {
    String cut = text.length() > most ? text.substring(0, most - 1) : text;
    StringBuilder out = new StringBuilder(cut.length() + 8);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (Character.getType(c) == Character.CONTROL) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return cut.length() < text.length() ? out.append('…').toString() : out.toString();
  }

  /** Why a file could not be read, in words and without Java's names for it. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of its path is not a folder";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
    }
    return "it could not be read";
  }
}
