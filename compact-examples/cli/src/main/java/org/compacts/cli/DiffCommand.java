package org.compacts.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.diff.Change;
import org.compacts.diff.CompactDiff;
import org.compacts.model.Compact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
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

  @ParentCommand
  CompactCommand top;

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
    FileArguments.requireStandardInputOnce(List.of(before, after));
    Json json = Json.shared();
    Compact a = Sources.compact(before, top.in);
    Compact b = Sources.compact(after, top.in);
    List<Change> changes = CompactDiff.between(a, b);
    DiffReport report = new DiffReport(json.mapper());
    String text = format == Format.json ? report.json(changes)
        : format == Format.markdown ? report.markdown(changes, label(before), label(after))
        : report.text(changes);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return changes.isEmpty() ? CompactCommand.OK : DIFFERENT;
  }

  private static String label(String source) {
    return FileArguments.isStandardInput(source) ? "standard input" : source;
  }
}
