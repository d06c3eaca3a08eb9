package org.compacts.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A problem this module found in the input, already worded as a plain sentence, with a stable
 * code. Thrown inside Jackson so that Jackson adds the path; translated by {@link Problems}.
 */
final class InputProblem extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String code;

  private InputProblem(JsonParser p, Class<?> target, String code, String sentence) {
    super(p, sentence, target);
    this.code = code;
  }

  static InputProblem of(JsonParser p, Class<?> target, String code, String sentence) {
    return new InputProblem(p, target, code, sentence);
  }

  String code() {
    return code;
  }
}
