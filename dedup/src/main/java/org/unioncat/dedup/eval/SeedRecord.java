package org.unioncat.dedup.eval;

import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * A real record the generator starts from, with its tag table. Seeds are assumed to describe
 * distinct manifestations; the generator drops seeds that repeat another seed's ISBN or title and
 * date, and seeds with no title.
 */
public record SeedRecord(MarcRecord record, MarcFlavour flavour) {
  public SeedRecord {
    if (record == null || flavour == null || flavour == MarcFlavour.UNKNOWN) {
      throw new IllegalArgumentException("a seed needs a record and a known flavour");
    }
  }
}
