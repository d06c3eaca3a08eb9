package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict, limited mapper of this module. Jackson's defaults are lax (unknown fields
 * ignored, {@code "20"} read as 20, duplicate keys last-wins, alphabetical order); here every
 * such default is set explicitly.
 */
final class Mappers {
  /** Deepest nesting of arrays and objects. A compact nests about eight levels. */
  static final int MAX_DEPTH = 64;

  /** Longest string, in characters: 100 KB, far beyond any clause of a compact. */
  static final int MAX_STRING = 100 * 1024;

  /** Longest number, in characters. */
  static final int MAX_NUMBER = 64;

  /** Longest field name, in characters. */
  static final int MAX_NAME = 1024;

  /** Largest document: 10 MB. */
  static final int MAX_DOCUMENT = 10 * 1024 * 1024;

  private Mappers() {}

  static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNumberLength(MAX_NUMBER)
            .maxNameLength(MAX_NAME)
            .maxDocumentLength(MAX_DOCUMENT)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * A parser factory for finding where elements stand in a document that was read with
   * problems: as deep as {@link #factory()}, but without its limits on the length of strings,
   * numbers and names (which a scan that does not decode them need not fear), so that the
   * field that holds a value too long is found too.
   */
  static JsonMapper locating() {
    return JsonMapper.builder(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_DOCUMENT)
            .maxNumberLength(MAX_DOCUMENT)
            .maxNameLength(MAX_DOCUMENT)
            .maxDocumentLength(MAX_DOCUMENT)
            .build())
        .build()).build();
  }

  static JsonMapper strict(CompactsModule module) {
    return JsonMapper.builder(factory())
        .addModule(module)
        .addHandler(new ReadState.Collector())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        // The model has no views. Jackson 3 leaves fields out of a view by default, which
        // sends every object through its general path, view checks and all.
        .enable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
            MapperFeature.SORT_PROPERTIES_ALPHABETICALLY,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .withCoercionConfigDefaults(config -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
          config.setAcceptBlankAsEmpty(false);
        })
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }

  /**
   * The canonical layout: two spaces of indentation, one field or element per line,
   * {@code "name": value}, line feeds on every platform.
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
