package org.compacts.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.diff.Change;
import org.compacts.diff.CompactDiff;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.model.Compact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compact diff A B [--format text|json|markdown]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"What changed between two compacts, elements matched by id, and which "
        + "commitments were weakened or strengthened.",
        "Exit 0 when they are the same, 1 when they differ, 2 on bad input."})
final class DiffCommand implements Callable<Integer> {
  /** Exit code: the two compacts differ. */
  static final int DIFFERENT = 1;

  /** The output formats. */
  enum Format { text, json, markdown }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A",
      description = "The earlier compact: a built-in sample id, a compact JSON file or - for "
          + "standard input.")
  String before;

  @Parameters(index = "1", paramLabel = "B",
      description = "The later compact: a built-in sample id, a compact JSON file or -.")
  String after;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (STDIN.equals(before) && STDIN.equals(after)) {
      throw new CliException("Only one of A and B can be standard input (-).");
    }
    Json json = Json.shared();
    Compact a = load(before, json);
    Compact b = load(after, json);
    List<Change> changes = CompactDiff.between(a, b);
    DiffReport report = new DiffReport(CompactJson.create().mapper());
    String text = format == Format.json ? report.json(changes)
        : format == Format.markdown ? report.markdown(changes, label(before), label(after)) : report.text(changes);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return changes.isEmpty() ? CompactCommand.OK : DIFFERENT;
  }

  static final String STDIN = "-";

  private static String label(String source) {
    return STDIN.equals(source) ? "standard input" : source;
  }

  /** A sample, a file, or standard input for {@code -}. */
  static Compact load(String source, Json json) {
    if (!STDIN.equals(source)) {
      return Sources.compact(source, json);
    }
    try {
      return CompactJson.create().read(System.in);
    } catch (CompactJsonException e) {
      throw new CliException(Json.first("-", e), e);
    } catch (IOException e) {
      throw new CliException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
