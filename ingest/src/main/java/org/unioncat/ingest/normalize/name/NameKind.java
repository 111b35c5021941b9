package org.unioncat.ingest.normalize.name;

/**
 * What a name access point names: a person, a corporate body, or a meeting (conference).
 * Thread-safe.
 */
public enum NameKind {
  PERSONAL,
  CORPORATE,
  MEETING
}
