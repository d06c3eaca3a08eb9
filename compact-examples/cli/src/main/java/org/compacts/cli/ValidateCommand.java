package org.compacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJsonException;
import org.compacts.json.JsonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compact validate FILE...}: {@code FILE: ok} or one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate compact JSON files.",
        "Prints 'FILE: ok', or one line per problem: FILE:LINE:COL: /json/pointer: message.",
        "Exit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Compact JSON files.")
  List<Path> files;

  @Override
  public Integer call() {
    Json json = Json.shared();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = CompactCommand.OK;
    for (Path file : files) {
      try {
        if (!Files.isRegularFile(file)) {
          throw new IOException("no such file");
        }
        json.readCompact(file);
        out.println(file + ": ok");
      } catch (CompactJsonException e) {
        for (JsonProblem p : e.getProblems()) {
          out.println(Json.located(file.toString(), p));
        }
        code = Math.max(code, CompactCommand.FINDINGS);
      } catch (IOException e) {
        err.println("compact: cannot read " + file + ": " + e.getMessage());
        code = CompactCommand.BAD_INPUT;
      }
    }
    out.flush();
    return code;
  }
}
