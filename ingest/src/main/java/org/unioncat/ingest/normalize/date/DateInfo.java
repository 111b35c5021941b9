package org.unioncat.ingest.normalize.date;

import java.util.List;
import org.unioncat.ingest.normalize.Correction;

/**
 * A record's publication dates, the year its flavour trusts, and whether its two date places
 * disagree. Immutable and thread-safe.
 *
 * <p><b>What counts as a conflict.</b> {@code conflict} is true only when the coded Date1 and a
 * transcribed date are both present and the coded Date1 is not explained by the transcribed
 * statement. Date1 is explained when it equals the transcribed publication year (a copyright year
 * alone does not explain it: "2005, c1999" with Date1 1999 is a conflict, the coded date should be
 * 2005 with type t); when it lies inside a transcribed range ("19--", "[197-?]", "1791-1793");
 * when the coded type is a range (MARC21 c d i k m q u, UNIMARC a b c f g) and the transcribed
 * year lies within Date1-Date2; when the coded type is a reprint (MARC21 r, UNIMARC e) and the
 * transcribed year equals Date2 (the imprint of a facsimile transcribes the original's year). A
 * transcribed statement without any year ("n.d.", "[s.a.]") or a coded Date1 with 'u' never
 * conflicts: there is nothing to compare.
 *
 * @param coded the coded date, or null when the record has no 008 / 100$a
 * @param transcribed the transcribed date, or null when the record has no 260/264$c / 210$d
 * @param trusted MARC21: coded Date1, else the transcribed year; UNIMARC/CNMARC: the transcribed
 *     year, else coded Date1; null when neither has a year
 * @param conflict see above (causes 5 and 7)
 * @param originalYear a reprint's original year when known: coded Date2 of type r / e, else a
 *     year from an "Originally published ..." note (534, 500; UNIMARC 305, 300); null otherwise
 * @param corrections when in conflict: set the coded Date1 to the transcribed year
 */
public record DateInfo(
    CodedDate coded,
    TranscribedDate transcribed,
    Integer trusted,
    boolean conflict,
    Integer originalYear,
    List<Correction> corrections) {

  public DateInfo {
    corrections = List.copyOf(corrections);
  }

  /** Whether Date1 of {@code coded} is explained by {@code transcribed} (see the type doc). */
  static boolean conflicts(CodedDate coded, TranscribedDate transcribed) {
    if (coded == null || transcribed == null || coded.date1() == null) {
      return false;
    }
    if (transcribed.earliest() == null) {
      return false;
    }
    int date1 = coded.date1();
    if (transcribed.allows(date1)) {
      return false;
    }
    Integer year = transcribed.year();
    if (year == null) {
      return true;
    }
    if (year == date1) {
      return false;
    }
    Integer date2 = coded.date2();
    if (coded.isRange() && date2 != null && date1 <= year && year <= date2) {
      return false;
    }
    return !(coded.isReprint() && date2 != null && year.equals(date2));
  }
}
