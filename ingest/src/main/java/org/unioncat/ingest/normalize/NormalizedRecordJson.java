package org.unioncat.ingest.normalize;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of a {@link NormalizedRecord}: what {@code unioncat normalize} prints and what the
 * catalog stores beside the raw MARC. Property names are snake_case; every component of the record
 * types appears, so anyone can see exactly what the matcher compares.
 *
 * <p>Thread-safe (Jackson mappers are, once built).
 */
public final class NormalizedRecordJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          // Derived read-only properties (e.g. "ten_digit_form") are written for readers but are
          // not constructor parameters; reading them back must not fail.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // Absent values are left out: the stored view is about a third smaller, and a missing
          // property reads back as null, exactly what was written.
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          // Sets (the valid ISBNs, the series keys) read back in the order they were written, the
          // record's order: an index document rebuilt from the stored view (reindex, merge undo)
          // then equals the one made at upload.
          .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
          .build();

  private NormalizedRecordJson() {}

  /** The record as a JSON tree, for callers that add fields around it (library, record no). */
  public static JsonNode toTree(NormalizedRecord record) {
    return JSON.valueToTree(record);
  }

  /** The record as compact JSON text. */
  public static String toJson(NormalizedRecord record) {
    return JSON.writeValueAsString(record);
  }

  /**
   * The record as compact JSON in UTF-8: the text of {@link #toJson}, encoded by Jackson's UTF-8
   * generator without the intermediate String (what the store sends to the database).
   */
  public static byte[] toJsonUtf8(NormalizedRecord record) {
    try {
      return JSON.writeValueAsBytes(record);
    } catch (RuntimeException e) {
      // Jackson's UTF-8 writer refuses unpaired surrogates; String encoding replaces them with
      // '?', as the database driver does with the String form.
      return toJson(record).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Reads a record back from its stored JSON (what the matcher and the index rebuild use). */
  public static NormalizedRecord fromJson(String json) {
    return JSON.readValue(json, NormalizedRecord.class);
  }

  /** The shared mapper, for writing trees built around records. */
  public static JsonMapper mapper() {
    return JSON;
  }
}
