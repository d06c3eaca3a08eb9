package org.compacts.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code compact} command-line tool: list and show the built-in samples, validate compact
 * files, check events against a compact, import 360Giving grants as events, report compliance
 * as Markdown or HTML, compare compacts, print the JSON Schemas.
 *
 * <pre>
 * java -jar compact-examples/target/compact.jar list
 * java -jar compact-examples/target/compact.jar check leicestershire-compact events.json --as-of 2025-01-31
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 an invalid compact or a {@code not-met} finding; 2 bad input
 * (unknown sample, unreadable file, malformed JSON, bad arguments); 141 when the reader of
 * standard output went away ({@code | head}): the tool then stops at once and prints nothing
 * more, and 141 is what a shell reports for a Unix tool that a broken pipe ended (128 + SIGPIPE).
 * Errors go to standard error as one plain line each, with a stack trace only under
 * {@code --debug}. A file argument of {@code -} is standard input. Text from input is never
 * written raw: control characters come out as {@code \}{@code u001b}.
 */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Read, validate and check local compacts. A file argument of '-' reads"
        + " standard input.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "  0:success",
      "  1:an invalid compact, or a finding that is not met",
      "  2:bad input: unknown sample, unreadable file, malformed JSON, bad arguments",
      "141:the reader of standard output went away (| head); nothing more was printed"})
public final class CompactCommand implements Runnable {
  /** Exit code: everything is fine. */
  static final int OK = 0;
  /** Exit code: an invalid compact, or a finding that is not met. */
  static final int FINDINGS = 1;
  /** Exit code: bad input or bad arguments. */
  static final int BAD_INPUT = 2;
  /** Exit code: the reader of standard output went away; 128 + SIGPIPE, as a shell reports. */
  static final int BROKEN_PIPE = 141;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  /**
   * The subcommands, in the order help lists them. They are added by {@link #run}: all of them,
   * or only the one the first argument names, since picocli's reflective model of a command is
   * most of what a short run of another command would pay for it. In a class of their own, with
   * the pattern of Java names, so that loading this class starts nothing before {@link #main}
   * has begun what the command needs first ({@link JsonPreparation}).
   */
  private static final class Commands {
    static final Map<String, Supplier<Object>> ALL = commands();

    /** A qualified Java name, which no message of the tool shows. */
    static final Pattern JAVA_NAME =
        Pattern.compile("\\b(java|javax|jdk|sun|org|com|tools|picocli)\\.[a-z][\\w$]*\\.");

    private Commands() {}

    private static Map<String, Supplier<Object>> commands() {
      Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
      commands.put("list", ListCommand::new);
      commands.put("show", ShowCommand::new);
      commands.put("validate", ValidateCommand::new);
      commands.put("check", CheckCommand::new);
      commands.put("schema", SchemaCommand::new);
      commands.put("import", ImportCommand::new);
      commands.put("report", ReportCommand::new);
      commands.put("diff", DiffCommand::new);
      commands.put("compare", CompareCommand::new);
      commands.put("generate-completion", AutoComplete.GenerateCompletion::new);
      return Collections.unmodifiableMap(commands);
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The tool's standard input, for the file argument {@code -}. */
  InputStream in = InputStream.nullInputStream();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use list, show, validate, check, schema, import, report, diff or"
            + " compare (see --help).");
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // Standard error carries the tool's own one-line errors only, not the validator's banner.
    QuietLogging.install();
    if (args.length > 0) {
      // Before anything else, so that the mapper's thread starts while this one does the rest.
      JsonPreparation.begin(args[0]);
    }
    PrintWriter out = new PrintWriter(new StandardOutput(), true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(System.in, out, err, args);
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool in-process, reading standard input from {@code System.in}.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /**
   * Runs the tool in-process.
   *
   * @param in what the file argument {@code -} reads
   * @param out where results go
   * @param err where errors go
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
    if (args.length == 1 && "list".equals(args[0])) {
      // The same output as through picocli, without building its model of every command:
      // that is most of what a bare list costs, and list is the tool's quickest answer.
      return list(safeOut, safeErr);
    }
    if (args.length > 0) {
      JsonPreparation.begin(args[0]);
    }
    CompactCommand top = new CompactCommand();
    top.in = in;
    CommandLine cli = new CommandLine(top);
    // The completion script covers every command, so it needs them all.
    String named = args.length > 0 && Commands.ALL.containsKey(args[0])
        && !"generate-completion".equals(args[0]) ? args[0] : null;
    Commands.ALL.forEach((name, command) -> {
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setOut(safeOut);
    cli.setErr(safeErr);
    cli.registerConverter(LocalDate.class, CompactCommand::day);
    // picocli hides its completion command by default; the README documents it.
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler((e, a) -> {
      error(safeErr, e.getMessage());
      if (top.debug) {
        e.printStackTrace(safeErr);
      }
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (causedBy(e, StandardOutput.Gone.class)) {
        return BROKEN_PIPE;
      }
      error(safeErr, describe(e));
      if (top.debug) {
        e.printStackTrace(safeErr);
      }
      return BAD_INPUT;
    });
    int code;
    try {
      code = cli.execute(args);
      safeOut.flush();
    } catch (StandardOutput.Gone e) {
      return BROKEN_PIPE;
    } catch (StandardOutput.Failed e) {
      error(safeErr, e.getMessage());
      code = BAD_INPUT;
    } catch (StackOverflowError | OutOfMemoryError e) {
      error(safeErr, "the input is too large or nested too deeply for the memory the tool has");
      if (top.debug) {
        e.printStackTrace(safeErr);
      }
      code = BAD_INPUT;
    }
    safeErr.flush();
    return code;
  }

  private static int list(PrintWriter out, PrintWriter err) {
    try {
      ListCommand.print(out);
      out.flush();
      return OK;
    } catch (StandardOutput.Gone e) {
      return BROKEN_PIPE;
    } catch (StandardOutput.Failed e) {
      error(err, e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
  }

  /** Writes an error as one line, {@code compact: message}, with control characters escaped. */
  static void error(PrintWriter err, String message) {
    err.println("compact: " + TerminalText.escape(message));
  }

  /** Writes an error a command goes on after, with its stack trace under {@code --debug}. */
  void error(PrintWriter err, String message, Exception cause) {
    error(err, message);
    if (debug) {
      cause.printStackTrace(err);
    }
  }

  /** Parses {@code --as-of}, saying in words what is wrong with a bad day. */
  static LocalDate day(String text) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new CommandLine.TypeConversionException("'" + excerpt(text)
          + "' is not a date in the form yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("'" + text
          + "' is not a day of the calendar (yyyy-MM-dd)");
    }
  }

  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tool's own messages are plain sentences; any other exception's message is shown only
   * when it reads as one (a library's "no rule kind ..."), never Java's own words for a failure.
   */
  private static String describe(Exception e) {
    if (e instanceof CliException || e instanceof StandardOutput.Failed) {
      return e.getMessage();
    }
    String message = e.getMessage();
    boolean plain = (e instanceof IllegalArgumentException || e instanceof DateTimeException)
        && message != null && !message.isBlank() && !message.contains("Exception")
        && !message.contains("\n") && !Commands.JAVA_NAME.matcher(message).find();
    return plain ? message : "an unexpected error stopped the command (run it again with --debug"
        + " to see where)";
  }
}
