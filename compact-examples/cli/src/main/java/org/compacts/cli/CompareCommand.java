package org.compacts.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.model.Compact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compact compare ID-or-FILE ID-or-FILE... [--format markdown|html]}: the compacts side
 * by side, as Markdown or as one self-contained HTML page.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Two or more compacts side by side, by topic: notice, consultation, "
        + "feedback, terms, cost recovery, payment, disputes, governance, undertakings. "
        + "--format html gives one self-contained page, to keep or send.")
final class CompareCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { markdown, html }

  @Spec
  CommandSpec spec;

  @ParentCommand
  CompactCommand top;

  @Parameters(arity = "2..*", paramLabel = "ID-or-FILE",
      description = "Built-in sample ids, compact JSON files, or - (once) for standard input.")
  List<String> sources;

  @Option(names = "--format", defaultValue = "markdown", paramLabel = "markdown|html",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    FileArguments.requireStandardInputOnce(sources);
    Json json = Json.shared();
    List<Compact> compacts = new ArrayList<>();
    for (String source : sources) {
      compacts.add(Sources.compact(source, top.in));
    }
    CompareTable table = new CompareTable(json.mapper());
    spec.commandLine().getOut().print(format == Format.html ? table.html(compacts)
        : table.markdown(compacts));
    spec.commandLine().getOut().flush();
    return CompactCommand.OK;
  }
}
