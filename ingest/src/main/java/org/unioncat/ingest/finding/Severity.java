package org.unioncat.ingest.finding;

/**
 * How serious a finding is. The ladder follows marc4j's {@code MarcError} levels, reduced to what
 * a cataloger must decide on.
 */
public enum Severity {
  /** The record must not enter the catalog: it is quarantined with its raw bytes. */
  ERROR,
  /** The record may enter the catalog but should be fixed by the library that sent it. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** Lower-case label used in JSON and CSV output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
