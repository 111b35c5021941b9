package org.unioncat.ingest.marc;

/**
 * The 24-character record leader, shared by MARC21 and UNIMARC (ISO 2709).
 *
 * <p>A damaged leader is kept as received (padded or cut to 24 characters) so that the record
 * can still be reported; validation decides whether it is acceptable. Immutable.
 */
public record Leader(String value) {
  public static final int LENGTH = 24;

  public Leader {
    if (value == null) {
      value = "";
    }
    if (value.length() != LENGTH) {
      value = (value + " ".repeat(LENGTH)).substring(0, LENGTH);
    }
  }

  /** A plausible default leader for records built in code: a new monograph, UTF-8. */
  public static Leader defaultBook() {
    return new Leader("00000nam a2200000 i 4500");
  }

  public char charAt(int position) {
    return value.charAt(position);
  }

  /** Leader/05: record status ('n' new, 'c' corrected, 'd' deleted, ...). */
  public char recordStatus() {
    return value.charAt(5);
  }

  /** Leader/06: type of record ('a' language material, 'm' computer file, ...). */
  public char typeOfRecord() {
    return value.charAt(6);
  }

  /** Leader/07: bibliographic level ('m' monograph, 's' serial, ...). */
  public char bibliographicLevel() {
    return value.charAt(7);
  }

  /** Leader/09 in MARC21: ' ' MARC-8, 'a' UCS/Unicode. UNIMARC leaves it blank. */
  public char characterCodingScheme() {
    return value.charAt(9);
  }

  /** Leader/17: encoding level (MARC21 ' ' full; UNIMARC ' ' full, '1'/'2'/'3' less). */
  public char encodingLevel() {
    return value.charAt(17);
  }

  public boolean isDeleted() {
    return recordStatus() == 'd';
  }

  @Override
  public String toString() {
    return value;
  }
}
