package org.compacts.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read: it is not well-formed or safe JSON, it does not
 * fit the document format, or the compact it holds is not valid. Carries every problem found,
 * each with its JSON Pointer, line, column and a plain sentence.
 *
 * <pre>{@code
 * try {
 *   Compact compact = CompactJson.create().read(json);
 * } catch (CompactJsonException e) {
 *   e.getProblems().forEach(p -> System.err.println(p));   // 3:14: /kind: ...
 * }
 * }</pre>
 */
public final class CompactJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int LISTED = 10;

  /** The problems, in document order; never empty. */
  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public CompactJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in document order; never empty. */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  private static String describe(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A CompactJsonException needs at least one problem.");
    }
    String listed = problems.stream().limit(LISTED).map(JsonProblem::toString)
        .collect(Collectors.joining("; "));
    int more = problems.size() - LISTED;
    return "The document has " + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ") + listed
        + (more > 0 ? "; and " + more + " more" : "");
  }
}
