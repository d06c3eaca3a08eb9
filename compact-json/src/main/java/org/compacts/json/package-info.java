/**
 * Compact documents, events and findings as JSON, with Jackson 3.
 *
 * <p>{@link org.compacts.json.CompactJson} is the one way to read untrusted JSON into a
 * {@link org.compacts.model.Compact}: strict, bounded, validating, and reporting every problem
 * with its JSON Pointer, line and column in one {@link org.compacts.json.CompactJsonException}.
 * It writes canonical documents and publishes the JSON Schemas of documents and events.
 * {@link org.compacts.json.EventLineReader} reads newline-delimited events, a line at a time.
 * {@link org.compacts.json.CompactsModule} is the Jackson module behind it, for callers who
 * configure Jackson themselves; the model carries no Jackson annotation, the module adds them as
 * mix-ins.
 *
 * <pre>{@code
 * CompactJson json = CompactJson.create();
 * Compact compact = json.read(Path.of("sandwell-compact-2019.json"));
 * json.write(compact, Path.of("copy.json"));
 * }</pre>
 */
package org.compacts.json;
