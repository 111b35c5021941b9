/**
 * Publication dates: the coded date (MARC21 008/06-14, UNIMARC 100$a/8-16) and the transcribed
 * one (260$c / 264$c, UNIMARC 210$d), the year each flavour trusts, and their conflicts.
 *
 * <p>Rules, with the causes from {@code duplicate-causes.md}:
 *
 * <ul>
 *   <li>MARC21 trusts the coded date and UNIMARC/CNMARC the transcribed one; each falls back to
 *       the other when its own is missing.
 *   <li>A conflict between the two places is a finding of its own (causes 5 and 7: a record copied
 *       from the 1st edition with only one date updated). What counts as a conflict is defined
 *       exactly in {@link org.unioncat.ingest.normalize.date.DateInfo}.
 *   <li>Transcribed dates are read as catalogers write them: "c2005", "[2005?]", "2005, c1999"
 *       (publication 2005, copyright 1999 kept apart), "2005.3", "2005年3月", "p1998", "[ca. 1890]",
 *       "19--" and "[197-?]" (no year, a range), "民国25年" (1936), Japanese eras, Roman numerals.
 *   <li>A reprint's original year (008 type r Date2, UNIMARC type e Date2, or an "Originally
 *       published ..." note) is kept as {@code originalYear}: a reprint is the same record (cause
 *       6), a new edition is not (cause 7).
 * </ul>
 */
package org.unioncat.ingest.normalize.date;
