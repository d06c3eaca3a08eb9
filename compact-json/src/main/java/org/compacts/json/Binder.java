package org.compacts.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.validation.CompactValidator;
import org.compacts.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds documents for {@link CompactJson}: one pass over the tokens straight into the model,
 * then validation; when anything is wrong, every problem is located (one more scan of the
 * document) and thrown together.
 */
final class Binder {
  private final JsonMapper mapper;
  private final CompactValidator validator = CompactValidator.create();
  // Each built on first use: reading events needs no compact deserializers, and the reverse.
  private final Lazy<ObjectReader> compactReader;
  private final Lazy<ObjectReader> eventReader;
  private final Lazy<ObjectReader> eventsReader;

  Binder(JsonMapper mapper) {
    this.mapper = mapper;
    this.compactReader = new Lazy<>(() -> reader(mapper.readerFor(Compact.class)));
    this.eventReader = new Lazy<>(() -> reader(mapper.readerFor(Event.class)));
    this.eventsReader =
        new Lazy<>(() -> reader(mapper.readerFor(new TypeReference<List<Event>>() {})));
  }

  /**
   * A reader that leaves duplicate keys to {@link ObjectKeys}: the model's builders mark each
   * key as they read it, which costs less than the parser's hash set per object.
   */
  private static ObjectReader reader(ObjectReader strict) {
    return strict.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  ReadResult<Compact> compact(Source source, boolean lenient, boolean validate) {
    return bind(source, compactReader.get(), lenient,
        validate ? c -> at("", validator.validate(c)) : null);
  }

  Event event(Source source) {
    return this.<Event>bind(source, eventReader.get(), false, this::validateEvent).getValue();
  }

  /** Returns a binder of events one after another, for one thread. */
  Events events() {
    return new Events();
  }

  /**
   * Binds events one after another on one thread: its reader and read state are made once and
   * reused, the state cleared before each read, so that many small documents in a row pay no
   * set-up each.
   */
  final class Events {
    private final ReadState state = new ReadState();
    private final ObjectReader reader = eventReader.get().withAttribute(ReadState.KEY, state);
    /** Reads one value of a parser that holds more. */
    private final ObjectReader oneOfMany =
        reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Events() {}

    /**
     * Binds and validates one event document.
     *
     * @throws CompactJsonException with every problem, located
     */
    Event bind(Source source) {
      state.clear();
      return Binder.this.<Event>bind(source, reader, state, false, Binder.this::validateEvent)
          .getValue();
    }

    /** Returns a parser of many values, one after another, for {@link #next}. */
    JsonParser parser(byte[] bytes, int from, int length) {
      return oneOfMany.createParser(bytes, from, length);
    }

    /**
     * Binds the value that starts at the parser's current token, if it is a valid event and
     * holds nothing unexpected; leaves the parser after the value.
     *
     * @return the event, or null when it is not one, or not valid: then its document, read by
     *     {@link #bind}, says why
     * @throws JacksonException when the value cannot be read
     */
    Event next(JsonParser parser) {
      state.clear();
      Event event = oneOfMany.readValue(parser);
      return event != null && state.unknown.isEmpty()
          && validator.validateEvent(event).isEmpty() ? event : null;
    }
  }

  private List<Problems.Found> validateEvent(Event event) {
    return at("", validator.validateEvent(event));
  }

  List<Event> events(Source source) {
    if (source.firstSignificant() != '[') {
      return List.of(event(source));
    }
    return bind(source, eventsReader.get(), false, (List<Event> events) -> {
      List<Problems.Found> found = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        found.addAll(at("/" + i, validator.validateEvent(events.get(i))));
      }
      return found;
    }).getValue();
  }

  private static List<Problems.Found> at(String prefix, List<Violation> violations) {
    List<Problems.Found> found = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      found.add(new Problems.Found(v.getCode(), prefix + Pointers.fromPath(v.getPath()),
          v.getMessage(), null));
    }
    return found;
  }

  /**
   * Binds a document in one pass over its tokens; on any problem, locates every problem found
   * (scanning the document once more) and throws them together.
   */
  private <T> ReadResult<T> bind(Source source, ObjectReader reader, boolean lenient,
      Function<T, List<Problems.Found>> validate) {
    ReadState state = new ReadState();
    return bind(source, reader.withAttribute(ReadState.KEY, state), state, lenient, validate);
  }

  /** Binds with a reader that already carries the read state. */
  private <T> ReadResult<T> bind(Source source, ObjectReader reader, ReadState state,
      boolean lenient, Function<T, List<Problems.Found>> validate) {
    T value;
    try {
      value = source.readValue(reader);
    } catch (JacksonException e) {
      List<Problems.Found> found = lenient ? new ArrayList<>() : unknown(state);
      found.addAll(Problems.of(e, () -> Locator.failure(mapper, source)));
      throw new CompactJsonException(locate(source, found));
    }
    List<Problems.Found> errors = lenient ? new ArrayList<>() : unknown(state);
    if (validate != null) {
      errors.addAll(validate.apply(value));
    }
    if (!errors.isEmpty()) {
      throw new CompactJsonException(locate(source, errors));
    }
    return ReadResult.of(value, lenient ? locate(source, unknown(state)) : List.of());
  }

  private static List<Problems.Found> unknown(ReadState state) {
    List<Problems.Found> found = new ArrayList<>(state.unknown.size());
    String hint = FormatVersion.newerMinor(state.formatVersion)
        ? " This document's formatVersion " + state.formatVersion + " is newer than this"
            + " library's " + FormatVersion.CURRENT + "; a lenient read leaves out the fields"
            + " it does not know."
        : "";
    for (ReadState.Unknown u : state.unknown) {
      found.add(new Problems.Found("unknown-field", u.pointer, u.message + hint, null));
    }
    return found;
  }

  private List<JsonProblem> locate(Source source, List<Problems.Found> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> pointers = new ArrayList<>();
    for (Problems.Found f : found) {
      if (f.at == null) {
        pointers.add(f.pointer);
      }
    }
    Map<String, TokenStreamLocation> located = pointers.isEmpty() ? Map.of()
        : Locator.locate(mapper, source, pointers);
    List<JsonProblem> result = new ArrayList<>(found.size());
    for (Problems.Found f : found) {
      int[] position = source.position(f.at != null ? f.at : located.get(f.pointer));
      result.add(JsonProblem.of(f.code, f.pointer, position[0], position[1], f.message));
    }
    result.sort(Comparator.comparingInt(JsonProblem::getLine)
        .thenComparingInt(JsonProblem::getColumn));
    return result;
  }

}
