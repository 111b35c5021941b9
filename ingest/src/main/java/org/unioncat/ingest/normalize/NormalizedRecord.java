package org.unioncat.ingest.normalize;

import java.util.List;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.normalize.date.DateInfo;
import org.unioncat.ingest.normalize.edition.EditionInfo;
import org.unioncat.ingest.normalize.extent.ExtentInfo;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;
import org.unioncat.ingest.normalize.series.SeriesData;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * One record in UnionCat's flavour-independent view: exactly what the matcher compares, each
 * value with the tag/subfield it came from, plus the corrections the record needs on its own.
 * MARC21 and CNMARC records of the same book produce comparable views.
 *
 * <p>Immutable and thread-safe.
 *
 * @param flavour the tag table the record was read with
 * @param localId the record's 001, or null
 * @param isbns ISBNs valid and invalid, folded to ISBN-13, with binding (causes 1, 2, 5)
 * @param title title proper, key, part number/name (causes 3, 11)
 * @param authors main and added names with comparison keys (cause 4)
 * @param dates coded and transcribed dates, the trusted year, the conflict flag (causes 5, 7)
 * @param edition edition number and printing/reprint (causes 5, 6, 7)
 * @param series series from series fields and from notes (cause 8)
 * @param extent pages and volumes (causes 3, 6)
 * @param publisher publisher key and place
 * @param identifiers system numbers, LCCN, language, record type/level, classes, sources
 * @param holdings holdings found in the record with the library's mapping (causes 9, 10, 12)
 * @param completeness 0-100, see {@link CompletenessScore}
 * @param corrections fixes the record needs on its own, from every part above
 * @param medium the record's own words for its carrier, "" when none: general material
 *     designation (245$h, 200$b) and RDA media/carrier types (337$a, 338$a), joined by " | ";
 *     "[electronic resource]", "电子资源", "online resource" tell an e-reproduction from print
 */
public record NormalizedRecord(
    MarcFlavour flavour,
    String localId,
    IsbnData isbns,
    TitleInfo title,
    List<AuthorEntry> authors,
    DateInfo dates,
    EditionInfo edition,
    SeriesData series,
    ExtentInfo extent,
    PublisherInfo publisher,
    Identifiers identifiers,
    List<Holding> holdings,
    int completeness,
    List<Correction> corrections,
    String medium) {

  public NormalizedRecord {
    medium = medium == null ? "" : medium;
    authors = List.copyOf(authors);
    holdings = List.copyOf(holdings);
    corrections = List.copyOf(corrections);
  }
}
