package org.compacts.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The foreword of a compact and who wrote it.
 */
@Value.Immutable
abstract class AbstractForeword {
  /** The authors of the foreword. */
  public abstract List<@Valid Person> getAuthors();

  /** The paragraphs of the foreword, verbatim. */
  public abstract List<@Valid Citation> getParagraphs();
}
