package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Slug;
import org.immutables.value.Value;

/**
 * A rule of a kind this version of the library does not know, as a lenient read of a document
 * written by a newer version keeps it: its kind, its id, modality and citation, and every other
 * field as it was given, in order, so that writing the compact gives the rule back unchanged.
 * No check evaluates it: a {@link PreparedCompact} passes over it, and {@link #evaluate}
 * refuses.
 *
 * <pre>{@code
 * ReadResult<Compact> read = CompactJson.create().readLenient(newerDocument);
 * read.getWarnings();   // /rules/2/kind: 'payment-within' is not a rule kind this version knows ...
 * UnknownRule kept = (UnknownRule) read.getValue().getRules().get(2);
 * kept.kind();          // payment-within
 * kept.getFields();     // {period={"amount": 30, ...}, from="invoice-received", ...}
 * }</pre>
 */
@Value.Immutable
abstract class AbstractUnknownRule implements Rule {
  /** The kind as the document names it, which no rule kind of this library's catalog has. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getKind();

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /**
   * The rule's other fields (besides {@code kind}, {@code id}, {@code modality} and
   * {@code source}), by name, in the order the document gave them.
   */
  public abstract Map<String, FieldValue> getFields();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return getKind();
  }

  /** Reads no event type: the empty string, which names none. */
  @Override
  public String eventType() {
    return "";
  }

  /**
   * Refuses: this version does not know what the rule means.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    throw new UnsupportedOperationException("Rule '" + getId() + "' is of kind '" + getKind()
        + "', which this version of the library does not know; it is kept, not evaluated.");
  }
}
