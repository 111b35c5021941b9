package org.unioncat.ingest.marc;

/**
 * A variable field of a MARC record: a control field (tags 001-009, no indicators or subfields)
 * or a data field.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface MarcField permits ControlField, DataField {

  /** The three-character tag, e.g. {@code "245"}; may be non-numeric in damaged records. */
  String tag();

  /** True when this is a control field (001-009 in both MARC21 and UNIMARC). */
  static boolean isControlTag(String tag) {
    return tag.length() == 3 && tag.charAt(0) == '0' && tag.charAt(1) == '0';
  }
}
