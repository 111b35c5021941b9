package org.unioncat.ingest.normalize.series;

/**
 * One series statement of a record. Immutable and thread-safe.
 *
 * @param title the series title as written, without numbering and trailing punctuation
 * @param numbering the numbering as written ("v. 1234", "Bd. 38", "第3辑"), "" when none
 * @param number the first number in the numbering, or null
 * @param key the comparison key (see the package documentation)
 * @param source "490$a", "440$a", "800$t", "830$a", "225$a", "410$a", "500$a", "300$a"
 * @param fromNote whether it was found in a general note rather than a series field
 */
public record SeriesEntry(
    String title, String numbering, Integer number, String key, String source, boolean fromNote) {}
