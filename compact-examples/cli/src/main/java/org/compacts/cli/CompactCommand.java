package org.compacts.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code compact} command-line tool: list and show the built-in samples, validate compact
 * files, check events against a compact, print the JSON Schemas.
 *
 * <pre>
 * java -jar compact-examples/target/compact.jar list
 * java -jar compact-examples/target/compact.jar check leicestershire-compact events.json --as-of 2025-01-31
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 an invalid compact or a {@code not-met} finding; 2 bad input
 * (unknown sample, unreadable file, malformed JSON, bad arguments). Errors go to standard error
 * as one plain line each, with a stack trace only under {@code --debug}.
 */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    version = "compact 0.1.0",
    description = "Read, validate and check local compacts.",
    subcommands = {
      ListCommand.class, ShowCommand.class, ValidateCommand.class, CheckCommand.class,
      SchemaCommand.class, DiffCommand.class, CompareCommand.class
    })
public final class CompactCommand implements Runnable {
  /** Exit code: everything is fine. */
  static final int OK = 0;
  /** Exit code: an invalid compact, or a finding that is not met. */
  static final int FINDINGS = 1;
  /** Exit code: bad input or bad arguments. */
  static final int BAD_INPUT = 2;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  /** Kept so that the level set on it is not lost to garbage collection. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use list, show, validate, check or schema (see --help).");
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // Standard error carries the tool's own one-line errors only, not the validator's banner.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool in-process.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CompactCommand top = new CompactCommand();
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("compact: " + e.getMessage());
      if (top.debug) {
        e.printStackTrace(err);
      }
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("compact: " + (e instanceof CliException ? e.getMessage() : describe(e)));
      if (top.debug) {
        e.printStackTrace(err);
      }
      return BAD_INPUT;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
