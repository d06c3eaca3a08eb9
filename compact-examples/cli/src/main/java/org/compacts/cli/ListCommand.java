package org.compacts.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.compacts.samples.SampleCompacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code compact list}: one line per built-in sample, {@code id<TAB>title}. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the built-in sample compacts: id<TAB>title.")
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    print(spec.commandLine().getOut());
    return CompactCommand.OK;
  }

  /**
   * Prints the list from the samples' index: five titles need neither JSON nor the samples'
   * full values. {@link CompactCommand#run} calls it directly for a bare {@code list}.
   */
  static void print(PrintWriter out) {
    for (Map.Entry<String, String> sample : SampleCompacts.titles().entrySet()) {
      out.println(TerminalText.escape(sample.getKey()) + "\t"
          + TerminalText.escape(sample.getValue()));
    }
  }
}
