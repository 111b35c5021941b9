package org.unioncat.dedup.compare;

/**
 * One field's part in a comparison, in words a cataloger can read: "same ISBN-13 after folding
 * 9787503717444", "edition 1 vs 2", "pages 345 vs 347", with the points it added or removed.
 *
 * @param field what was compared: isbn, title, part, author, publisher, date, edition, printing,
 *     extent, series, language, type, binding, identifiers, holdings
 * @param en the explanation in English
 * @param zh the explanation in Chinese
 * @param points contribution to the score (negative for disagreement)
 */
public record Evidence(String field, String en, String zh, double points) {}
