package org.unioncat.ingest.normalize.holdings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Reads holdings out of a record with a library's {@link HoldingsMapping}s (MARC21 852, CNMARC 905,
 * or a vendor's local 9XX): each occurrence of a mapped field gives one {@link Holding}. The first
 * mapping for a tag wins; a later mapping for the same tag is ignored, so one field never counts
 * twice. A field with no call number, barcode or location says nothing about a copy: it is skipped
 * and counted in {@link HoldingsSummary#skippedFields()}. Never throws.
 *
 * <p>Stateless and thread-safe.
 */
public final class HoldingsExtractor {

  /** The holdings of {@code record}, in the order of {@code mappings} and then of the record. */
  public List<Holding> extract(MarcRecord record, List<HoldingsMapping> mappings) {
    return summarize(record, mappings).holdings();
  }

  /** The holdings of {@code record} with the number of fields skipped as empty. */
  public HoldingsSummary summarize(MarcRecord record, List<HoldingsMapping> mappings) {
    if (record == null || mappings == null) {
      return new HoldingsSummary(List.of(), 0);
    }
    List<Holding> out = new ArrayList<>();
    int skipped = 0;
    Set<String> seenTags = new HashSet<>();
    for (HoldingsMapping mapping : mappings) {
      if (mapping == null || !seenTags.add(mapping.tag())) {
        continue;
      }
      for (DataField f : record.dataFields(mapping.tag())) {
        Holding h = read(f, mapping);
        if (h.callNumber() == null && h.barcode() == null && h.location() == null) {
          skipped++;
        } else {
          out.add(h);
        }
      }
    }
    return new HoldingsSummary(out, skipped);
  }

  private static Holding read(DataField f, HoldingsMapping m) {
    String library = value(f, m.librarySubfield());
    return new Holding(
        library == null ? null : library.toUpperCase(Locale.ROOT),
        blankToNull(f.join(m.callNumberSubfields())),
        value(f, m.barcodeSubfield()),
        value(f, m.locationSubfield()),
        f.tag());
  }

  private static String value(DataField f, Character code) {
    if (code == null) {
      return null;
    }
    for (String v : f.all(code)) {
      String clean = blankToNull(v);
      if (clean != null) {
        return clean;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String clean = Whitespace.collapse(s.strip());
    return clean.isEmpty() ? null : clean;
  }
}
