package org.unioncat.ingest.finding;

/**
 * Stable codes for everything reading and validation can report. Codes are part of UnionCat's
 * interface (reports, APIs, spreadsheets filter on them): add new ones, never rename. Each code has
 * a default severity and a message in {@code findings.properties} (English) and
 * {@code findings_zh.properties} (Chinese) under its name.
 */
public enum FindingCode {
  // --- structure (ISO 2709, MARCXML, MARC-in-JSON) ---
  /** Nothing usable could be read from the bytes of this record. */
  RECORD_UNREADABLE(Severity.ERROR),
  /** Leader is missing, too short, or has non-numeric length/base address. */
  LEADER_INVALID(Severity.ERROR),
  /** Leader positions that should hold fixed values (10/11 = 2, 20-23 = 4500) do not. */
  LEADER_NONSTANDARD(Severity.WARNING),
  /** Directory is not a multiple of 12 bytes, or an entry points outside the record. */
  DIRECTORY_INVALID(Severity.ERROR),
  /** Leader record length differs from the bytes actually found up to the record terminator. */
  RECORD_LENGTH_MISMATCH(Severity.WARNING),
  /** The record does not end with the record terminator (0x1D). */
  RECORD_TERMINATOR_MISSING(Severity.WARNING),
  /** The file ends in the middle of a record. */
  RECORD_TRUNCATED(Severity.ERROR),
  /** The record exceeds 99,999 bytes, the ISO 2709 maximum. */
  RECORD_TOO_LONG(Severity.WARNING),
  /** Bytes between two records that are not a record (other than NUL or EOF filler). */
  GARBAGE_SKIPPED(Severity.WARNING),
  /** A tag is not three digits or letters. */
  TAG_INVALID(Severity.WARNING),
  /** An indicator is not a digit, lower-case letter or blank. */
  INDICATOR_INVALID(Severity.WARNING),
  /** A subfield code is missing or not a digit or lower-case letter. */
  SUBFIELD_CODE_INVALID(Severity.WARNING),
  /** Bytes that are not valid in the record's character set (replaced by U+FFFD). */
  ENCODING_INVALID(Severity.ERROR),
  /** The bytes are in a different character set from the one the record declares. */
  ENCODING_MISMATCH(Severity.WARNING),
  /** The XML of this record (or of the file around it) is not well-formed MARCXML. */
  XML_MALFORMED(Severity.ERROR),
  /** The JSON of this record is not valid MARC-in-JSON. */
  JSON_MALFORMED(Severity.ERROR),
  /** Neither MARC21 nor UNIMARC tags were found, so the flavour could not be told. */
  FLAVOUR_UNKNOWN(Severity.WARNING),

  // --- content ---
  /** No 001 control number: the library cannot find the record in its own system. */
  CONTROL_NUMBER_MISSING(Severity.WARNING),
  /** No title proper (245$a / 200$a): cause 11. */
  TITLE_MISSING(Severity.ERROR),
  /** The title is the "REQUIRED FIELD" placeholder some clients write: cause 11. */
  TITLE_PLACEHOLDER(Severity.ERROR),
  /** The title holds only punctuation or symbols: cause 11. */
  TITLE_PUNCTUATION_ONLY(Severity.ERROR),
  /** The title is garbled by a wrong character set (cause 11). */
  TITLE_GARBLED(Severity.ERROR),
  /** An ISBN in $a whose check digit is wrong: it belongs in $z. */
  ISBN_CHECKSUM(Severity.WARNING),
  /** An ISBN in $a that has neither 10 nor 13 digits: it belongs in $z. */
  ISBN_LENGTH(Severity.WARNING),
  /** A 13-digit number in $a that does not start with 978/979: a barcode, not an ISBN. */
  ISBN_PREFIX(Severity.WARNING),
  /** Only one of the ISBN-10 / ISBN-13 forms is present where both exist: cause 1. */
  ISBN_SINGLE_FORM(Severity.INFO),
  /** Coded date (008/07-10, 100$a/9-12) disagrees with the transcribed date: causes 5 and 7. */
  DATE_CONFLICT(Severity.WARNING),
  /** The edition field holds a printing/reprint statement, which is not an edition: 6 and 7. */
  EDITION_IS_PRINTING(Severity.WARNING),
  /** A series title sits in a general note instead of the series field: cause 8. */
  SERIES_IN_NOTE(Severity.WARNING),
  /** The record carries no holdings for the uploading library. */
  HOLDINGS_MISSING(Severity.WARNING),
  /** The record carries holdings of a different library (a vendor mix-up). */
  HOLDINGS_OTHER_LIBRARY(Severity.WARNING),
  /** Leader/05 is 'd': the record is a deletion request, not data. */
  RECORD_DELETED(Severity.INFO),
  /** A deletion of a record other libraries also hold: only the library's holdings were removed. */
  DELETION_KEPT_FOR_OTHER_HOLDINGS(Severity.INFO),
  /** A deletion of a record already merged into another: nothing deleted, holdings are there. */
  DELETION_OF_MERGED_RECORD(Severity.INFO);

  private final Severity defaultSeverity;

  FindingCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
