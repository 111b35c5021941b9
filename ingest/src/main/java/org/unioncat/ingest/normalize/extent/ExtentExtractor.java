package org.unioncat.ingest.normalize.extent;

import java.util.Optional;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * Extracts the extent from 300$a (MARC21) or 215$a (UNIMARC, CNMARC). Never throws on bad data.
 * Stateless and thread-safe.
 */
public final class ExtentExtractor {

  /** Reads the first extent field's $a; MARC21 or UNIMARC tags by {@code flavour}. */
  public ExtentInfo extract(MarcRecord record, MarcFlavour flavour) {
    String tag = flavour.isUnimarcFamily() ? CnmarcTags.EXTENT : Marc21Tags.EXTENT;
    Optional<String> a = record.firstValue(tag, 'a');
    return a.isPresent()
        ? ExtentParser.parse(a.get(), tag + "$a")
        : new ExtentInfo("", "", null, null, null);
  }
}
