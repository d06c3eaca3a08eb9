package org.compacts.cli;

import java.util.concurrent.Callable;
import org.compacts.model.Compact;
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
    for (Compact c : SampleCompacts.all()) {
      spec.commandLine().getOut().println(TerminalText.escape(c.getId()) + "\t"
          + TerminalText.escape(c.getTitle()));
    }
    return CompactCommand.OK;
  }
}
