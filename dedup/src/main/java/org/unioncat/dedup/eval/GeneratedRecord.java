package org.unioncat.dedup.eval;

import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/** One record of one library's upload, with the tag table it follows. */
public record GeneratedRecord(String library, MarcFlavour flavour, MarcRecord record) {
  public String localId() {
    return record.localId().orElseThrow();
  }
}
