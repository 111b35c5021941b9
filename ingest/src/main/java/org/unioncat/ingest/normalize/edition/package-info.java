/**
 * Edition and printing: reads the edition statement (MARC21 250, UNIMARC/CNMARC 205) into an
 * edition number and a revised flag, and finds printing/reprint statements wherever catalogers
 * put them (the edition field itself, notes 500/534, UNIMARC 300/305, 008/06 'r', 100$a/8 'e').
 *
 * <p>Rules, with the causes from {@code duplicate-causes.md}:
 *
 * <ul>
 *   <li>A printing or reprint is NOT a new edition (cause 6: a reprint is the same record).
 *       "1st ed., 5th printing" is edition 1, printing 5; "第2版 第3次印刷" is edition 2, printing
 *       3; a field holding only a printing ("第3次印刷", "Reprinted", "Nouv. tir.") sets
 *       {@code printingInEditionField} and proposes moving it to a note (500 / 300).
 *   <li>The edition number is 1 when nothing states another ({@code explicit} false). A statement
 *       that says "revised" or "new" without a number ("Rev. ed.", "New ed.", "修订版", "增订本",
 *       "Nouvelle éd.") sets {@code revised} and leaves the number at 1: we do not know it is the
 *       2nd, so the matcher must treat "revised" as its own distinction (cause 7: never merge two
 *       editions) rather than compare numbers only.
 *   <li>Numbers are read in English ("2nd ed.", "Second edition"), German ("2., überarb. Aufl."),
 *       French ("2e éd."), Spanish/Italian ("2a ed."), Russian ("2-е изд."), Polish/Czech
 *       ("Wyd. 2"), Chinese ("第2版", "第二版", "2版", "初版") and pinyin ("Di 1 ban"). Four-digit
 *       numbers ("1985 ed.") are years, not edition numbers. "10th anniversary ed." is not a 10th
 *       edition.
 *   <li>"再版" is read as edition 2 (its Chinese meaning); Japanese uses it for a second printing,
 *       which this service does not see in CNMARC.
 * </ul>
 */
package org.unioncat.ingest.normalize.edition;
