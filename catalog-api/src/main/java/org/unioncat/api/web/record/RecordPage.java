package org.unioncat.api.web.record;

import java.util.List;

/**
 * What the record page shows.
 *
 * @param id the record id
 * @param library the uploading library's code
 * @param localId the record's 001, or null
 * @param status ACTIVE, MERGED, QUARANTINED or DELETED
 * @param mergedInto the record it was merged into, or null
 * @param flavour MARC21, CNMARC, UNIMARC
 * @param title the stored title
 * @param labelled the description by label (only labels with a value)
 * @param leader the leader, or null when the record could not be decoded
 * @param fields the MARC fields with their names
 * @param holdings holdings by library
 */
public record RecordPage(
    long id,
    String library,
    String localId,
    String status,
    Long mergedInto,
    String flavour,
    String title,
    List<LabelledValue> labelled,
    String leader,
    List<FieldRow> fields,
    List<HoldingRow> holdings) {

  /** A label's message key and its display text. */
  public record LabelledValue(String labelKey, String text) {}

  /**
   * One MARC field: control fields have {@code data}, data fields indicators and subfields.
   *
   * @param name the tag's name in the page's language, "" when this catalog does not know it
   */
  public record FieldRow(
      String tag, String name, String ind1, String ind2, String data, List<SubfieldText> subfields) {}

  public record SubfieldText(String code, String value) {}

  public record HoldingRow(String library, String callNumber, String barcode, String location) {}
}
