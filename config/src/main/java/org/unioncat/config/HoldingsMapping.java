package org.unioncat.config;

/**
 * Where a library (or its vendor) puts holdings in the records it sends: which field, and which
 * subfields carry the owning library's code, the call number, the barcode and the location. The
 * mapping differs by library and vendor, so it is configured per library.
 *
 * @param tag the holdings field, e.g. "852" (MARC21), "905" (CNMARC) or a local "949"
 * @param librarySubfield subfield holding the owning library's code or sigil, or null if the
 *     field never names the library (then every occurrence belongs to the uploader)
 * @param callNumberSubfields subfields joined (in field order, by a space) into the call number
 * @param barcodeSubfield subfield holding the barcode or accession number, or null
 * @param locationSubfield subfield holding the shelving location, or null
 */
public record HoldingsMapping(
    String tag,
    Character librarySubfield,
    String callNumberSubfields,
    Character barcodeSubfield,
    Character locationSubfield) {

  public HoldingsMapping {
    if (tag == null || !tag.matches("[0-9A-Za-z]{3}")) {
      throw new IllegalArgumentException("holdings tag must be three characters, was " + tag);
    }
    if (callNumberSubfields == null) {
      callNumberSubfields = "";
    }
  }

  /** MARC21 852: $a institution, $h classification part + $i item part, $p barcode, $b location. */
  public static HoldingsMapping marc21Default() {
    return new HoldingsMapping("852", 'a', "hi", 'p', 'b');
  }

  /** CNMARC 905: $a library, $d class number + $e book number, $b accession number, $c location. */
  public static HoldingsMapping cnmarcDefault() {
    return new HoldingsMapping("905", 'a', "de", 'b', 'c');
  }
}
