package org.compacts.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;

/**
 * Where a case stands after a run of its history: replays the steps in order and checks a
 * next step. Internal; built once per case or per status and never changed after.
 */
final class Progress {
  /** One stage the case has been at. */
  static final class Visit {
    final Stage stage;
    final LocalDate startedOn;
    LocalDate submittedOn;
    LocalDate respondedOn;
    LocalDate completedOn;

    Visit(Stage stage, LocalDate startedOn) {
      this.stage = stage;
      this.startedOn = startedOn;
    }
  }

  private final String compactId;
  private final ResolutionProcedure procedure;
  private final List<Visit> visits = new ArrayList<>();
  private final List<RecordedStep> steps = new ArrayList<>();
  private CaseState state = CaseState.OPEN;
  private LocalDate referredOn;
  private LocalDate resolvedOn;

  private Progress(String compactId, ResolutionProcedure procedure) {
    this.compactId = compactId;
    this.procedure = procedure;
  }

  /** Replays a history whose first entry is the opening; the steps are already checked. */
  static Progress replay(String compactId, ResolutionProcedure procedure,
      List<RecordedStep> history) {
    Progress progress = new Progress(compactId, procedure);
    for (RecordedStep step : history) {
      progress.apply(step);
    }
    return progress;
  }

  private void apply(RecordedStep step) {
    LocalDate date = step.getDate();
    steps.add(step);
    switch (step.getStep()) {
      case OPENED:
        visits.add(new Visit(procedure.getStages().get(0), date));
        break;
      case SUBMITTED:
        current().submittedOn = date;
        break;
      case RESPONDED:
        current().respondedOn = date;
        complete(date);
        break;
      case MET:
        complete(date);
        break;
      case ESCALATED:
        complete(date);
        if (isAtLastStage()) {
          state = CaseState.REFERRED;
          referredOn = date;
        } else {
          visits.add(new Visit(procedure.getStages().get(visits.size()), date));
        }
        break;
      case RESOLVED:
        complete(date);
        state = CaseState.RESOLVED;
        resolvedOn = date;
        break;
      default:
        throw new AssertionError(step.getStep());
    }
  }

  private void complete(LocalDate date) {
    if (current().completedOn == null) {
      current().completedOn = date;
    }
  }

  /**
   * Checks that a step can follow this history.
   *
   * @throws DisputeException naming the problem when it cannot
   */
  void check(Step step, LocalDate date) {
    String what = "Cannot record '" + step.label() + "' on " + date + ": ";
    RecordedStep last = steps.get(steps.size() - 1);
    int stage = current().stage.getNumber();
    if (step == Step.OPENED) {
      throw new DisputeException(DisputeException.Problem.ALREADY_OPENED, what
          + "a case is opened once, by DisputeCase.open, and this one was opened on "
          + steps.get(0).getDate() + ".");
    }
    if (state == CaseState.RESOLVED) {
      throw new DisputeException(DisputeException.Problem.CASE_RESOLVED, what
          + "the case under compact '" + compactId + "' was resolved at stage " + stage
          + " on " + resolvedOn + ".");
    }
    if (date.isBefore(last.getDate())) {
      throw new DisputeException(DisputeException.Problem.DATE_BEFORE_PREVIOUS_STEP, what
          + "it is before the previous step, " + last + ".");
    }
    if (state == CaseState.REFERRED) {
      if (step == Step.ESCALATED) {
        throw new DisputeException(DisputeException.Problem.PAST_LAST_STAGE, what
            + "stage " + stage + " is the last stage of compact '" + compactId
            + "', and the case was already referred to its external bodies on " + referredOn
            + ".");
      }
      if (step != Step.RESOLVED) {
        throw new DisputeException(DisputeException.Problem.CASE_REFERRED, what
            + "the case was referred to the external bodies after stage " + stage + " on "
            + referredOn + "; only 'resolved' can follow.");
      }
      return;
    }
    Visit visit = current();
    if (step == Step.SUBMITTED && visit.submittedOn != null) {
      throw new DisputeException(DisputeException.Problem.ALREADY_SUBMITTED, what
          + "a submission was already recorded at stage " + stage + " on " + visit.submittedOn
          + ".");
    }
    if (step == Step.RESPONDED && visit.submittedOn == null) {
      throw new DisputeException(DisputeException.Problem.NOT_SUBMITTED, what
          + "nothing was submitted at stage " + stage + ", so there is nothing to respond to.");
    }
    if (step == Step.RESPONDED && visit.respondedOn != null) {
      throw new DisputeException(DisputeException.Problem.ALREADY_RESPONDED, what
          + "a response was already recorded at stage " + stage + " on " + visit.respondedOn
          + ".");
    }
    if (step == Step.ESCALATED && isAtLastStage() && procedure.getExternalBodies().isEmpty()) {
      throw new DisputeException(DisputeException.Problem.NO_EXTERNAL_BODIES, what
          + "stage " + stage + " is the last stage of compact '" + compactId
          + "', and its resolution procedure names no external bodies to refer the case to.");
    }
  }

  Visit current() {
    return visits.get(visits.size() - 1);
  }

  boolean isAtLastStage() {
    return visits.size() == procedure.getStages().size();
  }

  List<Visit> visits() {
    return Collections.unmodifiableList(visits);
  }

  List<RecordedStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  CaseState state() {
    return state;
  }

  LocalDate referredOn() {
    return referredOn;
  }

  LocalDate resolvedOn() {
    return resolvedOn;
  }

  String compactId() {
    return compactId;
  }

  ResolutionProcedure procedure() {
    return procedure;
  }
}
