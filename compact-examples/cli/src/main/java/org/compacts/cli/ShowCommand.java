package org.compacts.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code compact show ID-or-FILE [--format json|markdown]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a built-in sample or a compact file as JSON or Markdown.")
final class ShowCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { json, markdown }

  @Spec
  CommandSpec spec;

  @ParentCommand
  CompactCommand top;

  @Parameters(index = "0", paramLabel = "ID-or-FILE",
      description = "A built-in sample id (see 'compact list'), a compact JSON file, or '-'"
          + " for standard input.")
  String source;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    // A sample's shipped document is the canonical write of its value, byte for byte (a test
    // of the samples holds them equal), so printing it needs no mapper.
    Optional<String> shipped = format == Format.json ? SampleCompacts.canonicalJson(source)
        : Optional.empty();
    String text;
    if (shipped.isPresent()) {
      text = shipped.get();
    } else {
      Json json = Json.shared();
      Compact compact = Sources.compact(source, top.in);
      text = format == Format.json ? json.writeCompact(compact)
          : CompactMarkdown.render(compact);
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return CompactCommand.OK;
  }
}
