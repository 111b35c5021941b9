package org.unioncat.dedup.eval;

import java.util.Random;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Subfield;

/**
 * A library's holdings on a record, in the default field for the flavour (MARC21 852 $a library,
 * $b location, $h $i call number, $p barcode; CNMARC 905 $a library, $b accession number, $c
 * location, $d $e call number), built from {@link HoldingsMapping}'s defaults.
 */
final class Holdings {
  private Holdings() {}

  /** The class part of the call number: 050, 082, 090 or 690 of the seed, or a made-up one. */
  static String classNumber(Bib bib, Random random) {
    if (bib.chinese()) {
      return bib.value(org.unioncat.ingest.marc.CnmarcTags.CLC_CLASS, 'a')
          .or(() -> bib.value(org.unioncat.ingest.marc.CnmarcTags.HOLDINGS, 'd'))
          .orElse("I" + (200 + random.nextInt(60)) + "." + random.nextInt(10));
    }
    return bib.value(org.unioncat.ingest.marc.Marc21Tags.LC_CLASS, 'a')
        .or(() -> bib.value("090", 'a'))
        .or(() -> bib.value(org.unioncat.ingest.marc.Marc21Tags.DEWEY_CLASS, 'a'))
        .orElse("PR" + (1000 + random.nextInt(8000)));
  }

  /** One holdings field for {@code library} with a call number of class {@code classNumber}. */
  static DataField field(Bib bib, String library, String classNumber, Random random) {
    HoldingsMapping mapping =
        bib.chinese() ? HoldingsMapping.cnmarcDefault() : HoldingsMapping.marc21Default();
    String item = bib.chinese() ? Integer.toString(1 + random.nextInt(400))
        : (char) ('A' + random.nextInt(26)) + Integer.toString(10 + random.nextInt(89))
            + " " + (bib.codedYear());
    String barcode = bib.chinese() ? "A" + (1_000_000 + random.nextInt(8_999_999))
        : "3" + (1_000_000_000L + random.nextInt(999_999_999));
    String location = Vocabulary.pick(random, bib.chinese() ? Vocabulary.LOCATIONS_ZH : Vocabulary.LOCATIONS);
    java.util.List<Subfield> subs = new java.util.ArrayList<>();
    subs.add(new Subfield(mapping.librarySubfield(), library));
    if (bib.chinese()) {
      subs.add(new Subfield(mapping.barcodeSubfield(), barcode));
      subs.add(new Subfield(mapping.locationSubfield(), location));
    } else {
      subs.add(new Subfield(mapping.locationSubfield(), location));
    }
    subs.add(new Subfield(mapping.callNumberSubfields().charAt(0), classNumber));
    subs.add(new Subfield(mapping.callNumberSubfields().charAt(1), item));
    if (!bib.chinese()) {
      subs.add(new Subfield(mapping.barcodeSubfield(), barcode));
    }
    return new DataField(mapping.tag(), ' ', ' ', subs);
  }

  static String tag(Bib bib) {
    return bib.chinese() ? HoldingsMapping.cnmarcDefault().tag() : HoldingsMapping.marc21Default().tag();
  }
}
