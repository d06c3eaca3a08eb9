package org.compacts.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The tool's file arguments: a path, or {@code -} for standard input ({@code /dev/stdin}
 * counts as standard input too). Standard input can be read once, so a command takes it for
 * one file argument at most. A file that cannot be read says why: no such file, a directory,
 * permission denied.
 */
final class FileArguments {
  /** The file argument that names standard input. */
  static final String STANDARD_INPUT = "-";

  private FileArguments() {}

  static boolean isStandardInput(String argument) {
    return STANDARD_INPUT.equals(argument) || "/dev/stdin".equals(argument);
  }

  /** Refuses the arguments of a command that names standard input more than once. */
  static void requireStandardInputOnce(List<String> arguments) {
    if (arguments.stream().filter(FileArguments::isStandardInput).count() > 1) {
      throw new CliException("standard input can be read only once; name it ('-') for one"
          + " file argument only");
    }
  }

  /**
   * Opens a file argument for reading.
   *
   * @param argument a path, or {@code -}
   * @param standardInput the tool's standard input
   * @return the bytes; closing them leaves standard input open
   * @throws CliException if the file cannot be opened, saying why
   */
  static InputStream open(String argument, InputStream standardInput) {
    if (isStandardInput(argument)) {
      return new FilterInputStream(standardInput) {
        @Override
        public void close() {
          // Standard input stays open: it belongs to the process, not to this argument.
        }
      };
    }
    Path path = path(argument);
    if (Files.isDirectory(path)) {
      throw new CliException(cannotRead(argument, "it is a directory"));
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new CliException(cannotRead(argument, reason(e)), e);
    }
  }

  /** Whether a file argument names standard input or a file that exists. */
  static boolean exists(String argument) {
    return isStandardInput(argument) || Files.exists(path(argument));
  }

  static Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new CliException(cannotRead(argument, "that is not a valid file name"), e);
    }
  }

  /** {@code cannot read FILE: why}. */
  static String cannotRead(String argument, String why) {
    return "cannot read " + argument + ": " + why;
  }

  /** Why a file could not be opened or read, in words and without Java's names for it. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of its path is not a directory";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason()
        : e.getMessage();
    if (reason == null || reason.isBlank() || reason.contains("Exception")) {
      return "the system could not read it";
    }
    reason = reason.toLowerCase(Locale.ROOT);
    return reason.equals("is a directory") ? "it is a directory" : reason;
  }
}
