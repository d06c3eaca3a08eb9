package org.compacts.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.regex.Pattern;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.FuzzContract;

/**
 * Fuzzes {@code compact validate -} run in-process on any bytes: only the documented outcomes.
 * Exit 0 with {@code -: ok}, or exit 1 with one located line per problem of the document, just
 * as the library reads it; nothing on standard error, no raw control character, no Java in a
 * message. In a normal build the target runs over its committed inputs (ValidateFuzzTestInputs).
 */
class ValidateFuzzTest {
  private static final CompactJson JSON = CompactJson.create();
  /** {@code -:LINE:COL: /pointer: message}; the pointer and message may hold any text. */
  private static final Pattern PROBLEM = Pattern.compile("-:[1-9][0-9]*:[1-9][0-9]*: .*: .+");

  @FuzzTest
  void validate(byte[] input) {
    int problems;
    try {
      JSON.read(input);
      problems = 0;
    } catch (CompactJsonException e) {
      problems = e.getProblems().size();
    }
    Cli cli = Cli.runWithInput(input, "validate", "-");
    String what = "exit " + cli.code + "\nout: " + cli.out + "\nerr: " + cli.err;
    if (!cli.err.isEmpty()) {
      throw new AssertionError("Standard error for a readable document: " + what);
    }
    Hostile.assertNoRawControls(cli.out);
    List<String> lines = cli.out.lines().toList();
    if (problems == 0) {
      if (cli.code != 0 || !cli.out.equals("-: ok\n")) {
        throw new AssertionError("A valid document not said to be ok: " + what);
      }
      return;
    }
    if (cli.code != 1 || lines.size() != problems || !cli.out.endsWith("\n")) {
      throw new AssertionError(problems + " problems, but " + what);
    }
    for (String line : lines) {
      if (!PROBLEM.matcher(line).matches()) {
        throw new AssertionError("Not a located problem: " + line);
      }
      FuzzContract.plain(line);
    }
  }
}
