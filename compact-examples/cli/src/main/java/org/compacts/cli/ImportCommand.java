package org.compacts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJson;
import org.compacts.rules.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code compact import 360giving FILE}: prints one {@code funding-award} event per grant of a
 * 360Giving file, as newline-delimited JSON, ready for {@code compact check --ndjson -}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Print the grants of a 360Giving file (a JSON package or the flattened CSV)"
        + " as funding-award events, one JSON object a line.",
        "A grant that cannot be read is reported on standard error with its place and"
            + " skipped; a summary line counts them. Sectors come from the organisations'"
            + " identifiers: GB-LAE-, GB-LAS-, GB-PLA-, GB-LANI-, GB-GOR- and GB-NHS- are public,"
            + " every other is voluntary-community, unless set with the options.",
        "Exit 0 when the file was read, 2 when it cannot be read or is not 360Giving data."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "360giving",
      description = "The standard the file follows: 360giving.")
  String standard;

  @Parameters(index = "1", paramLabel = "FILE", description = "The 360Giving file, or - for"
      + " standard input.")
  String file;

  @ParentCommand
  CompactCommand top;

  @Mixin
  SectorOptions sectors;

  @Override
  public Integer call() {
    if (!standard.equals("360giving")) {
      throw new CliException("'" + TerminalText.escape(standard) + "' is not a standard this tool"
          + " imports: use 360giving.");
    }
    PrintWriter out = spec.commandLine().getOut();
    ObjectWriter writer = CompactJson.create().mapper().writerFor(Event.class)
        .without(SerializationFeature.INDENT_OUTPUT)
        .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .withRootValueSeparator("\n");
    try (SequenceWriter events = writer.writeValues(out)) {
      long[] written = {0};
      new GrantInput(file, top.in, sectors.reader(), spec.commandLine().getErr(), true)
          .readInto(award -> {
            events.write(award);
            // A closed output (| head) shows as an error on the print writer: stop then.
            return ++written[0] % 1024 != 0 || !out.checkError();
          });
      if (written[0] > 0) {
        events.flush();
        out.println();
      }
    }
    out.flush();
    return CompactCommand.OK;
  }
}
