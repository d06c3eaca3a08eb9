package org.compacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.compacts.validation.CompactValidator;
import org.compacts.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes compact documents, events and findings as JSON, safely. The one way to
 * turn untrusted JSON into a {@link Compact}: reading is strict (an unknown field, a duplicate
 * key, a number for a string, an impossible date are errors), bounded (depth 64, strings of
 * 100 KB, documents of 10 MB) and validating (the compact's model violations come back with the
 * JSON errors, as one {@link CompactJsonException} with every problem located by JSON Pointer,
 * line and column).
 *
 * <pre>{@code
 * CompactJson json = CompactJson.create();
 * Compact compact = json.read(Path.of("sandwell.json"));
 * String text = json.write(compact);
 * }</pre>
 *
 * <p>The document format: one compact per document, {@code "formatVersion": "1.0"} first, then
 * the compact's fields in the model's declaration order, camelCase names, kebab-case enum
 * values, ISO dates ({@code "2025-03-31"}, {@code "2019-09"}), periods as
 * {@code {"amount": 12, "unit": "weeks"}}. Writing is canonical: two spaces of indentation, one
 * field or element per line, a line feed at the end; an absent optional value, an empty list
 * and an empty set are left out (a reader takes a missing or {@code null} field as not given).
 * Two writes of equal compacts are byte-identical, and writing what was read from a canonical
 * document gives back its bytes. Writing validates: the canonical writer writes only a valid
 * compact and refuses any other with a {@link CompactWriteException} naming its violations
 * ({@link #writeUnvalidated(Compact)} writes a draft anyway). A file is replaced atomically or
 * not at all. A null argument is refused, naming it, before anything is written.
 *
 * <p>A read reports every wrong value it finds, not only the first: an impossible date, an
 * unknown enum value or a value of the wrong type is recorded and the read goes on past it (up
 * to 100 problems, then one more that says how many were left out); a document that is not
 * well-formed JSON stops the read where it breaks. A compact document's top-level
 * {@code "$schema"} is accepted and ignored.
 *
 * <p>Every read takes the same input the same way, whatever its source (a String, bytes, a
 * Reader, an InputStream, a file, or a line of {@link #readEventLines}): a leading UTF-8 byte
 * order mark ({@code U+FEFF}) is skipped and not counted; a document that is {@code null} or
 * another value that is not an object is refused with a located problem ("1:1: A compact
 * document must be a JSON object, found null."); and problems are located by line and column,
 * both from 1, columns counted in characters (not bytes), so that every source gives the same
 * positions.
 *
 * <p>The instance is immutable and safe to share between threads, as are its {@link #mapper()}
 * and every read and write: they are built once and keep no state between calls. An
 * {@link EventLineReader} reads one stream on one thread.
 */
public final class CompactJson {
  /** The document format version this library writes. */
  public static final String FORMAT_VERSION = FormatVersion.CURRENT;

  private static final CompactJson INSTANCE = new CompactJson();

  // Each built on first use: a deserializer or serializer graph costs a short-lived program
  // (a command-line run) more than the work it does, and most programs need one or two.
  private final Lazy<JsonMapper> mapper = new Lazy<>(() -> Mappers.strict(new CompactsModule()));
  private final Lazy<CompactValidator> validator = new Lazy<>(CompactValidator::create);
  private final Lazy<Binder> binder = new Lazy<>(() -> new Binder(mapper()));
  private final Lazy<ObjectWriter> compactWriter = new Lazy<>(() -> writer(Compact.class));
  private final Lazy<ObjectWriter> eventWriter = new Lazy<>(() -> writer(Event.class));
  private final Lazy<ObjectWriter> eventsWriter =
      new Lazy<>(() -> writer(new TypeReference<List<Event>>() {}));
  private final Lazy<ObjectWriter> findingsWriter =
      new Lazy<>(() -> writer(new TypeReference<List<Finding>>() {}));

  private CompactJson() {}

  /**
   * Returns the facade.
   *
   * @return the shared, thread-safe instance
   */
  public static CompactJson create() {
    return INSTANCE;
  }

  /**
   * The strict, limited mapper this facade uses, with {@link CompactsModule} registered, for
   * callers who need Jackson directly. Jackson 3 mappers are immutable. Fields without a
   * {@code @JsonView} are in every view ({@code MapperFeature.DEFAULT_VIEW_INCLUSION}), as in
   * Jackson 2; the model itself has no views.
   */
  public JsonMapper mapper() {
    return mapper.get();
  }

  // ---- Reading compacts ----

  /**
   * Reads and validates a compact document.
   *
   * @param json the document
   * @return the compact, valid
   * @throws CompactJsonException with every problem when the document cannot be read or the
   *     compact is not valid
   */
  public Compact read(String json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), false, true).getValue();
  }

  /**
   * Reads and validates a compact document in UTF-8.
   *
   * @param json the document's bytes
   * @return the compact, valid
   * @throws CompactJsonException with every problem
   */
  public Compact read(byte[] json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), false, true).getValue();
  }

  /**
   * Reads and validates a compact document; does not close the reader.
   *
   * @param json the document
   * @return the compact, valid
   * @throws CompactJsonException with every problem
   * @throws IOException when the reader fails
   */
  public Compact read(Reader json) throws IOException {
    return compact(Source.read(json), false, true).getValue();
  }

  /**
   * Reads and validates a compact document in UTF-8; does not close the stream.
   *
   * @param json the document
   * @return the compact, valid
   * @throws CompactJsonException with every problem
   * @throws IOException when the stream fails
   */
  public Compact read(InputStream json) throws IOException {
    return compact(Source.read(json), false, true).getValue();
  }

  /**
   * Reads and validates a compact document from a UTF-8 file.
   *
   * @param json the file
   * @return the compact, valid
   * @throws CompactJsonException with every problem
   * @throws IOException when the file cannot be read
   */
  public Compact read(Path json) throws IOException {
    return compact(Source.read(json), false, true).getValue();
  }

  /**
   * Reads and validates a compact document written by a newer minor version of the format:
   * fields this library does not know are left out and returned as warnings, not errors.
   *
   * @param json the document
   * @return the compact and the warnings
   * @throws CompactJsonException with every problem that is not such a field
   */
  public ReadResult<Compact> readLenient(String json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), true, true);
  }

  /**
   * Reads leniently from UTF-8 bytes; see {@link #readLenient(String)}.
   *
   * @param json the document's bytes
   * @return the compact and the warnings
   */
  public ReadResult<Compact> readLenient(byte[] json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), true, true);
  }

  /**
   * Reads leniently; see {@link #readLenient(String)}. Does not close the reader.
   *
   * @param json the document
   * @return the compact and the warnings
   * @throws IOException when the reader fails
   */
  public ReadResult<Compact> readLenient(Reader json) throws IOException {
    return compact(Source.read(json), true, true);
  }

  /**
   * Reads leniently from UTF-8; see {@link #readLenient(String)}. Does not close the stream.
   *
   * @param json the document
   * @return the compact and the warnings
   * @throws IOException when the stream fails
   */
  public ReadResult<Compact> readLenient(InputStream json) throws IOException {
    return compact(Source.read(json), true, true);
  }

  /**
   * Reads leniently from a UTF-8 file; see {@link #readLenient(String)}.
   *
   * @param json the file
   * @return the compact and the warnings
   * @throws IOException when the file cannot be read
   */
  public ReadResult<Compact> readLenient(Path json) throws IOException {
    return compact(Source.read(json), true, true);
  }

  /**
   * Reads a compact document as strictly as {@link #read(String)}, but does not validate the
   * compact: for documents known to be valid, such as those this library wrote.
   *
   * @param json the document
   * @return the compact, possibly not valid
   * @throws CompactJsonException when the document cannot be read
   */
  public Compact readUnvalidated(String json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), false, false).getValue();
  }

  /**
   * Reads a compact document in UTF-8 without validating it; see
   * {@link #readUnvalidated(String)}.
   *
   * @param json the document's bytes
   * @return the compact, possibly not valid
   * @throws CompactJsonException when the document cannot be read
   */
  public Compact readUnvalidated(byte[] json) {
    return compact(Source.of(Objects.requireNonNull(json, "json")), false, false).getValue();
  }

  // ---- Reading events ----

  /**
   * Reads and validates one event, such as
   * {@code {"type": "dispute-step", "stage": 2, "startedOn": "2025-03-01"}}.
   *
   * @param json the event
   * @return the event
   * @throws CompactJsonException with every problem
   */
  public Event readEvent(String json) {
    return event(Source.of(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads and validates one event in UTF-8.
   *
   * @param json the event's bytes
   * @return the event
   * @throws CompactJsonException with every problem
   */
  public Event readEvent(byte[] json) {
    return event(Source.of(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads and validates the events of a document that holds one event or an array of them.
   *
   * @param json the document
   * @return the events, in order
   * @throws CompactJsonException with every problem
   */
  public List<Event> readEvents(String json) {
    return events(Source.of(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads the events of UTF-8 bytes; see {@link #readEvents(String)}.
   *
   * @param json the document's bytes
   * @return the events, in order
   */
  public List<Event> readEvents(byte[] json) {
    return events(Source.of(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads the events of a reader; see {@link #readEvents(String)}. Does not close the reader.
   *
   * @param json the document
   * @return the events, in order
   * @throws IOException when the reader fails
   */
  public List<Event> readEvents(Reader json) throws IOException {
    return events(Source.read(json));
  }

  /**
   * Reads the events of a UTF-8 stream; see {@link #readEvents(String)}. Does not close it.
   *
   * @param json the document
   * @return the events, in order
   * @throws IOException when the stream fails
   */
  public List<Event> readEvents(InputStream json) throws IOException {
    return events(Source.read(json));
  }

  /**
   * Reads the events of a UTF-8 file; see {@link #readEvents(String)}.
   *
   * @param json the file
   * @return the events, in order
   * @throws IOException when the file cannot be read
   */
  public List<Event> readEvents(Path json) throws IOException {
    return events(Source.read(json));
  }

  /**
   * Reads newline-delimited JSON events from a UTF-8 stream, one event per line, each line on
   * its own: a line with problems gives them and the reading goes on. See
   * {@link EventLineReader}.
   *
   * <pre>{@code
   * try (EventLineReader lines = json.readEventLines(Files.newInputStream(path))) {
   *   for (EventLine line = lines.next(); line != null; line = lines.next()) { ... }
   * }
   * }</pre>
   *
   * @param json the stream, closed when the reader is
   * @return a reader of the stream's lines, for one thread
   */
  public EventLineReader readEventLines(InputStream json) {
    return new EventLineReader(Objects.requireNonNull(json, "json"), binder.get().events());
  }

  // ---- Writing ----

  /**
   * Writes a valid compact as a canonical document.
   *
   * <pre>{@code
   * {
   *   "formatVersion": "1.0",
   *   "id": "sandwell-compact-2019",
   *   ...
   * }
   * }</pre>
   *
   * @param compact the compact, which must validate
   * @return the document, ending with a line feed
   * @throws CompactWriteException when the compact does not validate (with its violations), or
   *     holds a rule of a class that has no kind
   */
  public String write(Compact compact) {
    return writeUnvalidated(valid(compact));
  }

  /**
   * Writes a valid compact as a canonical document in UTF-8.
   *
   * @param compact the compact, which must validate
   * @return the document's bytes, ending with a line feed
   * @throws CompactWriteException as {@link #write(Compact)}
   */
  public byte[] writeBytes(Compact compact) {
    return bytes(valid(compact));
  }

  /**
   * Writes a valid compact as a canonical document to a stream in UTF-8; flushes but does not
   * close it. Nothing is written when the compact is refused.
   *
   * @param compact the compact, which must validate
   * @param out where to write
   * @throws CompactWriteException as {@link #write(Compact)}
   * @throws IOException when the stream fails
   */
  public void write(Compact compact, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    writeTo(compactWriter.get(), valid(compact), out);
  }

  /**
   * Writes a valid compact as a canonical document to a writer; flushes but does not close it.
   * Nothing is written when the compact is refused.
   *
   * @param compact the compact, which must validate
   * @param out where to write
   * @throws CompactWriteException as {@link #write(Compact)}
   * @throws IOException when the writer fails
   */
  public void write(Compact compact, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    writeTo(compactWriter.get(), valid(compact), out);
  }

  /**
   * Writes a valid compact as a canonical document to a UTF-8 file, replacing it atomically:
   * the document goes to a temporary file in the same directory, which is then moved into
   * place, so that a reader of the file sees the old document or the new one, never a part.
   * When anything fails (the compact is refused, the disk is full) the old file is left as it
   * was, byte for byte, and the temporary file is removed.
   *
   * @param compact the compact, which must validate
   * @param file the file
   * @throws CompactWriteException as {@link #write(Compact)}
   * @throws IOException when the file cannot be written, or cannot be replaced atomically
   */
  public void write(Compact compact, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    AtomicFiles.replace(file, bytes(valid(compact)));
  }

  /**
   * Writes a compact as a canonical document without validating it, for a draft that is not
   * yet valid. It still refuses a rule of a class that has no kind, which no reader could read
   * back.
   *
   * @param compact the compact, valid or not
   * @return the document, ending with a line feed
   * @throws CompactWriteException when the compact holds a rule of a class that has no kind
   */
  public String writeUnvalidated(Compact compact) {
    Objects.requireNonNull(compact, "compact");
    knownTypes(compact);
    TextOutput out = TextOutput.open();
    try {
      compactWriter.get().writeValue(out, compact);
    } catch (JacksonException e) {
      throw refused(e);
    }
    return out.text();
  }

  /**
   * Writes a compact without validating it to a UTF-8 file, replacing it atomically as
   * {@link #write(Compact, Path)} does.
   *
   * @param compact the compact, valid or not
   * @param file the file
   * @throws CompactWriteException when the compact holds a rule of a class that has no kind
   * @throws IOException when the file cannot be written, or cannot be replaced atomically
   */
  public void writeUnvalidated(Compact compact, Path file) throws IOException {
    Objects.requireNonNull(compact, "compact");
    Objects.requireNonNull(file, "file");
    knownTypes(compact);
    AtomicFiles.replace(file, bytes(compact));
  }

  /**
   * Writes one event, its {@code type} first.
   *
   * @param event the event
   * @return the JSON, ending with a line feed
   */
  public String writeEvent(Event event) {
    known(Objects.requireNonNull(event, "event"));
    return text(eventWriter.get(), event);
  }

  /**
   * Writes events as a JSON array.
   *
   * @param events the events
   * @return the JSON, ending with a line feed
   */
  public String writeEvents(List<? extends Event> events) {
    Objects.requireNonNull(events, "events").forEach(CompactJson::known);
    return text(eventsWriter.get(), events);
  }

  /**
   * Writes findings as a JSON array, each with {@code compact}, {@code rule}, {@code kind},
   * {@code outcome}, {@code modality}, {@code reason}, {@code due} (where computed) and
   * {@code source}.
   *
   * @param findings the findings
   * @return the JSON, ending with a line feed
   */
  public String writeFindings(List<Finding> findings) {
    return text(findingsWriter.get(), Objects.requireNonNull(findings, "findings"));
  }

  /**
   * Writes findings as a JSON array to a stream in UTF-8; flushes but does not close it.
   *
   * @param findings the findings
   * @param out where to write
   * @throws IOException when the stream fails
   */
  public void writeFindings(List<Finding> findings, OutputStream out) throws IOException {
    writeTo(findingsWriter.get(), Objects.requireNonNull(findings, "findings"), out);
  }

  /**
   * Writes findings as a JSON array to a writer; flushes but does not close it.
   *
   * @param findings the findings
   * @param out where to write
   * @throws IOException when the writer fails
   */
  public void writeFindings(List<Finding> findings, Writer out) throws IOException {
    writeTo(findingsWriter.get(), Objects.requireNonNull(findings, "findings"), out);
  }

  // ---- Schemas ----

  /** The JSON Schema (draft 2020-12) of compact documents. */
  public String compactSchema() {
    return Schemas.COMPACT;
  }

  /** The JSON Schema (draft 2020-12) of events: one event or an array of them. */
  public String eventSchema() {
    return Schemas.EVENT;
  }

  // ---- Internals ----

  private ReadResult<Compact> compact(Source source, boolean lenient, boolean validate) {
    return binder.get().compact(source, lenient, validate);
  }

  private Event event(Source source) {
    return binder.get().event(source);
  }

  private List<Event> events(Source source) {
    return binder.get().events(source);
  }

  private ObjectWriter writer(Class<?> type) {
    return configure(mapper().writerFor(type));
  }

  private ObjectWriter writer(TypeReference<?> type) {
    return configure(mapper().writerFor(type));
  }

  /** The canonical layout, the final line feed included (see {@link CanonicalPrinter}). */
  private static ObjectWriter configure(ObjectWriter writer) {
    return writer.with(new CanonicalPrinter())
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  private static String text(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JacksonException e) {
      throw refused(e);
    }
  }

  /** The compact, when it validates; refuses it otherwise. */
  private Compact valid(Compact compact) {
    Objects.requireNonNull(compact, "compact");
    List<Violation> violations = validator.get().validate(compact);
    if (!violations.isEmpty()) {
      throw new CompactWriteException("The compact '" + compact.getId() + "' is not valid, so"
          + " it is not written (" + violations.size() + (violations.size() == 1 ? " problem"
          : " problems") + ", the first: " + violations.get(0) + "); writeUnvalidated writes a"
          + " compact that is not valid yet.", violations);
    }
    knownTypes(compact);
    return compact;
  }

  /** Refuses a compact with a rule of a class the catalog has no kind for. */
  private static void knownTypes(Compact compact) {
    for (Rule rule : compact.getRules()) {
      known(rule);
    }
  }

  private static void known(Object value) {
    String unknown = KnownTypes.unknown(value, RuleCatalog.standard());
    if (unknown != null) {
      throw new CompactWriteException(unknown);
    }
  }

  private byte[] bytes(Compact compact) {
    try {
      return compactWriter.get().writeValueAsBytes(compact);
    } catch (JacksonException e) {
      throw refused(e);
    }
  }

  /** What Jackson refused to write, in this library's words. */
  private static CompactWriteException refused(JacksonException e) {
    String message = e.getOriginalMessage();
    return new CompactWriteException(message == null || message.isBlank()
        ? "The value could not be written." : message);
  }

  private static void writeTo(ObjectWriter writer, Object value, OutputStream out)
      throws IOException {
    try {
      writer.writeValue(out, value);
    } catch (JacksonException e) {
      throw ioCause(e);
    }
    out.flush();
  }


  private static void writeTo(ObjectWriter writer, Object value, Writer out)
      throws IOException {
    try {
      writer.writeValue(out, value);
    } catch (JacksonException e) {
      throw ioCause(e);
    }
    out.flush();
  }

  /** The I/O failure of the target under a Jackson exception, or what was refused. */
  private static IOException ioCause(JacksonException e) {
    if (e.getCause() instanceof IOException) {
      return (IOException) e.getCause();
    }
    throw refused(e);
  }
}
