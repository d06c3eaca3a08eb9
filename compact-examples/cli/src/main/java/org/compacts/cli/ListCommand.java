package org.compacts.cli;

import java.util.concurrent.Callable;
import org.compacts.model.Compact;
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
    for (Compact c : SampleCompacts.all()) {
      spec.commandLine().getOut().println(c.getId() + "\t" + c.getTitle());
    }
    return CompactCommand.OK;
  }
}
