package org.unioncat.ingest.normalize.title;

import java.util.Optional;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * Finds the MARC21 880 (alternate graphic representation) field linked to a field by subfield $6. A
 * romanized 245 carrying "$6 880-02" pairs with the 880 carrying "$6 245-02" (optionally followed
 * by a script code, "245-02/$1"). Occurrence "00" marks an 880 with no romanized partner.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkedFields {
  /** The subfield that carries the linkage in both the regular field and its 880. */
  public static final char LINKAGE = '6';

  private LinkedFields() {}

  /** The 880 linked to {@code field}, if {@code field} names one and it exists. */
  public static Optional<DataField> alternateOf(MarcRecord record, DataField field) {
    Optional<String> link = field.first(LINKAGE);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    String occurrence = occurrence(link.get());
    if (occurrence == null || occurrence.equals("00")) {
      return Optional.empty();
    }
    for (DataField alt : record.dataFields(Marc21Tags.ALTERNATE_GRAPHIC)) {
      String altLink = alt.first(LINKAGE).orElse("");
      if (field.tag().equals(linkedTag(altLink)) && occurrence.equals(occurrence(altLink))) {
        return Optional.of(alt);
      }
    }
    return Optional.empty();
  }

  /** The first 880 that stands for {@code tag} (linked or not), e.g. the 880 of a 245. */
  public static Optional<DataField> firstAlternateFor(MarcRecord record, String tag) {
    for (DataField alt : record.dataFields(Marc21Tags.ALTERNATE_GRAPHIC)) {
      if (tag.equals(linkedTag(alt.first(LINKAGE).orElse("")))) {
        return Optional.of(alt);
      }
    }
    return Optional.empty();
  }

  /** The tag part of a $6 value ("245" in "245-02/$1"), or null when malformed. */
  public static String linkedTag(String linkage) {
    String s = linkage.strip();
    return s.length() >= 3 && s.substring(0, 3).chars().allMatch(Character::isDigit)
        ? s.substring(0, 3)
        : null;
  }

  /** The occurrence number in a $6 value ("02" in "245-02/$1"), or null when malformed. */
  static String occurrence(String linkage) {
    String s = linkage.strip();
    if (s.length() < 6 || s.charAt(3) != '-') {
      return null;
    }
    String occ = s.substring(4, 6);
    return occ.chars().allMatch(Character::isDigit) ? occ : null;
  }
}
