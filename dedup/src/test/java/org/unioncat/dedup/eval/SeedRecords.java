package org.unioncat.dedup.eval;

import java.util.List;

/**
 * Seeds for the generator tests: the built-in MARC21 (English, German, French, Greek) and CNMARC
 * (Chinese) records, whose values come from the real files in ../shared/data/marc.
 */
final class SeedRecords {
  private SeedRecords() {}

  static List<SeedRecord> all() {
    return BuiltInSeeds.all();
  }
}
