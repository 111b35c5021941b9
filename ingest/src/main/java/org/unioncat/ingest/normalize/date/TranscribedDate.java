package org.unioncat.ingest.normalize.date;

/**
 * A date as transcribed in the imprint (260$c, 264$c, 210$d), read into years. Immutable and
 * thread-safe.
 *
 * @param raw the subfield value as received
 * @param year the publication year, or the copyright year when only that is given ("c2005");
 *     null when no single year is stated ("19--", "[197-?]", "n.d.")
 * @param copyrightYear the year after c, ©, p, ℗ or "cop.", or null
 * @param earliest the first year the statement allows ("19--" gives 1900; equals {@code year}
 *     for a single year; for "1791-1793" it is 1791); null when nothing is known
 * @param latest the last year the statement allows ("19--" gives 1999; "1791-1793" gives 1793)
 * @param source "260$c", "264$c" or "210$d"
 */
public record TranscribedDate(
    String raw, Integer year, Integer copyrightYear, Integer earliest, Integer latest, String source) {

  /** Whether {@code y} is within the range this statement allows. */
  public boolean allows(int y) {
    return earliest != null && latest != null && earliest <= y && y <= latest;
  }
}
