package org.unioncat.ingest.normalize;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link NormalizedRecord}: what {@code unioncat normalize} prints and what the
 * catalog stores beside the raw MARC. Property names are snake_case; every component of the record
 * types appears, so anyone can see exactly what the matcher compares.
 *
 * <p>Thread-safe (Jackson mappers are, once built).
 */
public final class NormalizedRecordJson {
  private static final JsonMapper JSON =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private NormalizedRecordJson() {}

  /** The record as a JSON tree, for callers that add fields around it (library, record no). */
  public static JsonNode toTree(NormalizedRecord record) {
    return JSON.valueToTree(record);
  }

  /** The record as compact JSON text. */
  public static String toJson(NormalizedRecord record) {
    return JSON.writeValueAsString(record);
  }

  /** The shared mapper, for writing trees built around records. */
  public static JsonMapper mapper() {
    return JSON;
  }
}
