package org.compacts.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.compacts.samples.SampleCompacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compact list}: one line per built-in sample, {@code id<TAB>title}. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the built-in sample compacts: id<TAB>title.")
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    // From the samples' index: five titles need neither JSON nor the samples' full values.
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<String, String> sample : SampleCompacts.titles().entrySet()) {
      out.println(sample.getKey() + "\t" + sample.getValue());
    }
    return CompactCommand.OK;
  }
}
