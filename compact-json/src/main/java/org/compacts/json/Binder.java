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
import tools.jackson.core.JsonToken;
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
  /** What a compact document is, for the problem of one that is not. */
  static final String COMPACT_DOCUMENT = "A compact document must be a JSON object";
  private static final String EVENT = "An event must be a JSON object";
  private static final String EVENT_DOCUMENT =
      "An event document must be an event (a JSON object) or an array of events";

  /** What a lenient read does with a rule of an unknown kind, and a strict one does not. */
  private static final String KEPT = " A lenient read keeps the rule as it is; no check"
      + " evaluates it.";
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
    requireObject(source, COMPACT_DOCUMENT, false);
    return bind(source, compactReader.get(), lenient,
        validate ? c -> at("", validator.validate(c)) : null);
  }

  Event event(Source source) {
    requireObject(source, EVENT, false);
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
      requireObject(source, EVENT, false);
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
      return event != null && state.clean()
          && validator.validateEvent(event).isEmpty() ? event : null;
    }
  }

  private List<Problems.Found> validateEvent(Event event) {
    return at("", validator.validateEvent(event));
  }

  List<Event> events(Source source) {
    requireObject(source, EVENT_DOCUMENT, true);
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

  /**
   * Refuses a document whose value is well-formed JSON but not an object (nor an array, when
   * arrays are allowed): {@code null}, a number, a string, a boolean. Looks at the first token
   * only, and only when the first character is not the one expected; a document that is not
   * JSON at all is left to the read, which says why.
   */
  private void requireObject(Source source, String what, boolean arrays) {
    int first = source.firstSignificant();
    if (first == '{' || first == '[' && arrays || first < 0) {
      return;
    }
    JsonToken token;
    try (JsonParser p = source.parser(mapper)) {
      token = p.nextToken();
    } catch (JacksonException e) {
      return;
    }
    if (token == null) {
      return;
    }
    int[] at = source.firstSignificantPosition();
    throw new CompactJsonException(List.of(JsonProblem.of("wrong-type", "", at[0], at[1],
        what + ", found " + Texts.describe(token) + ".")));
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
      found.addAll(state.wrong);
      for (Problems.Found f : Problems.of(e, () -> Locator.failure(mapper, source))) {
        if (!explained(f, state.wrong)) {
          found.add(f);
        }
      }
      throw new CompactJsonException(locate(source, found, state.dropped));
    }
    List<Problems.Found> errors = lenient ? new ArrayList<>() : unknown(state);
    errors.addAll(state.wrong);
    if (validate != null && state.wrong.isEmpty()) {
      errors.addAll(validate.apply(value));
    }
    if (!errors.isEmpty()) {
      throw new CompactJsonException(locate(source, errors, state.dropped));
    }
    return ReadResult.of(value, lenient ? locate(source, unknown(state), 0) : List.of());
  }

  /**
   * Tells whether a problem that stopped the read follows from a wrong value read past: a
   * stand-in that its object's builder refused.
   */
  private static boolean explained(Problems.Found problem, List<Problems.Found> wrong) {
    if (Source.known(problem.at)) {
      return false;
    }
    for (Problems.Found w : wrong) {
      if (w.pointer.equals(problem.pointer) || w.pointer.startsWith(problem.pointer + "/")) {
        return true;
      }
    }
    return false;
  }

  private static List<Problems.Found> unknown(ReadState state) {
    List<Problems.Found> found = new ArrayList<>(state.unknown.size());
    String hint = FormatVersion.newerMinor(state.formatVersion)
        ? " This document's formatVersion " + state.formatVersion + " is newer than this"
            + " library's " + FormatVersion.CURRENT + "; a lenient read leaves out the fields"
            + " it does not know."
        : "";
    for (ReadState.Unknown u : state.unknown) {
      String kept = u.code.equals(ReadState.UNKNOWN_FIELD) ? hint : hint + KEPT;
      found.add(new Problems.Found(u.code, u.pointer, u.message + kept, null));
    }
    return found;
  }

  /**
   * Locates the problems and puts them in document order; past {@link Problems#LISTED}, one
   * more problem says how many more there are.
   *
   * @param dropped how many problems the read counted without keeping them
   */
  private List<JsonProblem> locate(Source source, List<Problems.Found> found, int dropped) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> pointers = new ArrayList<>();
    for (Problems.Found f : found) {
      if (!Source.known(f.at)) {
        pointers.add(f.pointer);
      }
    }
    Map<String, TokenStreamLocation> located = pointers.isEmpty() ? Map.of()
        : Locator.locate(source, pointers);
    List<JsonProblem> result = new ArrayList<>(found.size());
    for (Problems.Found f : found) {
      int[] position = source.position(Source.known(f.at) ? f.at : located.get(f.pointer));
      result.add(JsonProblem.of(f.code, f.pointer, position[0], position[1], f.message));
    }
    result.sort(Comparator.comparingInt(JsonProblem::getLine)
        .thenComparingInt(JsonProblem::getColumn));
    int more = result.size() - Problems.LISTED + dropped;
    if (more <= 0) {
      return result;
    }
    JsonProblem next = result.size() > Problems.LISTED ? result.get(Problems.LISTED)
        : result.get(result.size() - 1);
    List<JsonProblem> listed = new ArrayList<>(result.subList(0,
        Math.min(Problems.LISTED, result.size())));
    listed.add(JsonProblem.of("more-problems", "", next.getLine(), next.getColumn(), "And "
        + more + " more " + (more == 1 ? "problem" : "problems") + " after these "
        + listed.size() + ", not listed."));
    return listed;
  }


}
