package org.unioncat.ingest.read;

import java.util.Locale;
import java.util.Optional;

/** The container a batch arrives in. Detected from the first bytes; overridable by the user. */
public enum ContainerFormat {
  /** ISO 2709 exchange format (.mrc, .iso, .dat, .marc, .usmarc). */
  ISO2709("ISO 2709"),
  /** MARCXML, a collection or a single record, also inside SRU/OAI-PMH envelopes. */
  MARCXML("MARCXML"),
  /** MARC-in-JSON (one object, an array of objects, or one object per line). */
  MARC_JSON("MARC-in-JSON");

  private final String label;

  ContainerFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses a user-supplied name: "iso2709", "mrc", "marcxml", "xml", "json", "marc-in-json". */
  public static Optional<ContainerFormat> parse(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    switch (key) {
      case "iso2709":
      case "iso":
      case "mrc":
      case "marc":
      case "binary":
        return Optional.of(ISO2709);
      case "marcxml":
      case "xml":
        return Optional.of(MARCXML);
      case "json":
      case "marcjson":
      case "marcinjson":
        return Optional.of(MARC_JSON);
      default:
        return Optional.empty();
    }
  }
}
