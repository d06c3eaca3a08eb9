package org.compacts.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.regex.Pattern;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.FuzzContract;
import org.compacts.json.JsonProblem;

/**
 * Fuzzes {@code compact validate -} run in-process on any bytes: only the documented outcomes.
 * Exit 0 with {@code -: ok}, or exit 1 with one located line per problem of the document, the
 * problems the library finds reading the same bytes, in its order; nothing on standard error,
 * no raw control character, no Java in a message. In a normal build the target runs over its
 * committed inputs (ValidateFuzzTestInputs).
 */
class ValidateFuzzTest {
  private static final CompactJson JSON = CompactJson.create();
  /** {@code -:LINE:COL: /pointer: message}; the pointer and message may hold any text. */
  private static final Pattern PROBLEM = Pattern.compile("-:[1-9][0-9]*:[1-9][0-9]*: .*: .+");

  @FuzzTest
  void validate(byte[] input) {
    List<JsonProblem> problems;
    try {
      JSON.read(input);
      problems = List.of();
    } catch (CompactJsonException e) {
      problems = e.getProblems();
      FuzzContract.located(problems, Integer.MAX_VALUE);
    }
    Cli cli = Cli.runWithInput(input, "validate", "-");
    String what = "exit " + cli.code + "\nout: " + cli.out + "\nerr: " + cli.err;
    if (!cli.err.isEmpty()) {
      throw new AssertionError("Standard error for a readable document: " + what);
    }
    Hostile.assertNoRawControls(cli.out);
    List<String> lines = cli.out.lines().toList();
    if (problems.isEmpty()) {
      if (cli.code != 0 || !cli.out.equals("-: ok\n")) {
        throw new AssertionError("A valid document not said to be ok: " + what);
      }
      return;
    }
    if (cli.code != 1 || lines.size() != problems.size() || !cli.out.endsWith("\n")) {
      throw new AssertionError(problems.size() + " problems, but " + what);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!PROBLEM.matcher(line).matches() || !line.equals(Json.located("-", problems.get(i)))) {
        throw new AssertionError("Not problem " + (i + 1) + " located: " + line + "\n" + what);
      }
    }
  }
}
