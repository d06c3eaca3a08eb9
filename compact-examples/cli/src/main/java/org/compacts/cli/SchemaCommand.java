package org.compacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compact schema [compact|event]}. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of compact documents or of events.")
final class SchemaCommand implements Callable<Integer> {
  /** The schemas. */
  enum Which { compact, event }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "compact", paramLabel = "compact|event",
      description = "Which schema: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Which which;

  @Override
  public Integer call() {
    Json json = Json.shared();
    String schema = which == Which.compact ? json.compactSchema() : json.eventSchema();
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    spec.commandLine().getOut().flush();
    return CompactCommand.OK;
  }
}
