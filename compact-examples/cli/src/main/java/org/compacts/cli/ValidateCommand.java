package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJsonException;
import org.compacts.json.JsonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code compact validate FILE...}: {@code FILE: ok} or one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate compact JSON files ('-' for standard input).",
        "Prints 'FILE: ok', or one line per problem: FILE:LINE:COL: /json/pointer: message.",
        "Exit 0 when all are valid, 1 when any is invalid (malformed JSON included), 2 when",
        "any cannot be read at all."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  CompactCommand top;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Compact JSON files.")
  List<String> files;

  @Override
  public Integer call() {
    FileArguments.requireStandardInputOnce(files);
    Json json = Json.shared();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = CompactCommand.OK;
    for (String file : files) {
      try (InputStream in = FileArguments.open(file, top.in)) {
        json.readCompact(in);
        out.println(TerminalText.escape(file) + ": ok");
      } catch (CompactJsonException e) {
        for (JsonProblem p : e.getProblems()) {
          out.println(Json.located(file, p));
        }
        code = Math.max(code, CompactCommand.FINDINGS);
      } catch (CliException e) {
        top.error(err, e.getMessage(), e);
        code = CompactCommand.BAD_INPUT;
      } catch (IOException e) {
        top.error(err, FileArguments.cannotRead(file, FileArguments.reason(e)), e);
        code = CompactCommand.BAD_INPUT;
      }
    }
    out.flush();
    return code;
  }
}
