package org.compacts.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The process's standard output as a writer that does not hide a failed write, as
 * {@code System.out} does: when the reader of the output has gone away (a broken pipe, as after
 * {@code | head -1}) it throws {@link Gone}, and the tool stops at once and exits with
 * {@link CompactCommand#BROKEN_PIPE}; any other failure to write throws {@link Failed}.
 */
final class StandardOutput extends Writer {
  private final Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
      StandardCharsets.UTF_8);

  @Override
  public void write(char[] chars, int off, int len) {
    try {
      out.write(chars, off, len);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void write(String text, int off, int len) {
    try {
      out.write(text, off, len);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  private static RuntimeException failure(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("pipe") ? new Gone(e) : new Failed(e);
  }

  /** The reader of standard output has gone away. */
  static final class Gone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Gone(IOException cause) {
      super("the reader of standard output has gone away", cause);
    }
  }

  /** Writing to standard output failed for another reason, such as a full disk. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super("cannot write to standard output: " + FileArguments.reason(cause), cause);
    }
  }
}
