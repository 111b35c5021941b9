/**
 * Series: reads series statements from the series fields (MARC21 490, 440, 800, 830;
 * UNIMARC/CNMARC 225, 410) and from general notes (500; UNIMARC 300) where some catalogers put
 * them, and proposes moving the latter into the series field.
 *
 * <p>Rules, with the causes from {@code duplicate-causes.md}:
 *
 * <ul>
 *   <li>The same series in a series field in one record and in a note in another is cause 8:
 *       both records get the same series key, and the note-only one gets corrections moving it to
 *       490 $a $v (MARC21) or 225 $a $v (CNMARC).
 *   <li>Notes are read with precision first: only a note that is a series statement as a whole
 *       counts ("(Penguin classics ; 45)", "Series: ...", "丛书名：...", "本书为...丛书之一", "《...》丛书",
 *       a short note ending in 丛书/文库/书系/系列教材/规划教材). A parenthesized note needs a
 *       numbering after ";" or a series word. "Includes bibliographical references (p. 345)",
 *       "Translation of: ...", "Originally appeared in series: ..." (the original's series, not
 *       this book's) and "A series of newspaper sketches" are not series.
 *   <li>The key is {@code TextFolder.fold} of the title without its numbering, with spaces between
 *       Chinese characters removed (《走向未来》丛书 and 走向未来丛书 meet) and a trailing generic
 *       "丛书" or English "series" dropped because catalogers add or omit them. More specific
 *       words ("系列教材", "文库", "规划教材", "library", "classics") are part of the title and
 *       stay: they tell different series of one publisher apart.
 * </ul>
 */
package org.unioncat.ingest.normalize.series;
