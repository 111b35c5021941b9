package org.unioncat.ingest.marc;

/**
 * One subfield of a data field: its one-character code and its value (NFC Unicode).
 *
 * <p>Immutable and thread-safe.
 */
public record Subfield(char code, String value) {
  public Subfield {
    if (value == null) {
      throw new IllegalArgumentException("subfield $" + code + " has no value");
    }
  }

  @Override
  public String toString() {
    return "$" + code + value;
  }
}
