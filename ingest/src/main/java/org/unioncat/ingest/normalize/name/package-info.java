/**
 * Authors and other names: access points (MARC21 1XX/7XX and their 880s, UNIMARC/CNMARC 700-712)
 * and names in statements of responsibility.
 *
 * <p>Rules, with the causes of {@code shared/docs/duplicate-causes.md} they serve:
 *
 * <ul>
 *   <li>Cause 4 (authorized heading in one record, free form in the other): Latin-script personal
 *       names key as folded surname plus forename initials, so "Tolkien, J. R. R. (John Ronald
 *       Reuel), 1892-1973", "Tolkien, John Ronald Reuel" and "J.R.R. Tolkien" all give "tolkien
 *       jrr"; dates, fuller forms, titles and "Jr." are left out. {@link
 *       org.unioncat.ingest.normalize.name.NameKeys#keyOf} reads 245 $c / 200 $f the same way, so a
 *       record without 1XX still meets one with it. {@code authorizedForm} marks headings with
 *       dates, a fuller form or an authority link, so the matcher can prefer them.
 *   <li>A Double Metaphone code of the surname is a secondary, blocking-only key for misspelt
 *       surnames; CJK names get none (pinyin of surnames is ambiguous: 曾, 单).
 *   <li>CJK names key as folded simplified characters without spaces, bracketed dynasty or
 *       nationality prefixes and role words (著, 编, 主编, 译, 编著, 等 …), keeping at least two
 *       characters. MARC21 880 forms are kept next to their romanized partner, so a Chinese book in
 *       MARC21 meets its CNMARC twin on characters (causes 4, 12).
 *   <li>Upper-case pinyin subfields ($A, $B, $F) in some Chinese CNMARC records are ignored.
 * </ul>
 */
package org.unioncat.ingest.normalize.name;
