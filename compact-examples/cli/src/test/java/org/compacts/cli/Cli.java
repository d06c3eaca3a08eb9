package org.compacts.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in-process and keeps what it printed. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs the tool with nothing on its standard input. */
  static Cli run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs the tool with bytes on its standard input. */
  static Cli runWithInput(byte[] in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CompactCommand.run(new ByteArrayInputStream(in), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }
}
