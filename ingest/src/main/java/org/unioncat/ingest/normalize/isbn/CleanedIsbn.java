package org.unioncat.ingest.normalize.isbn;

/**
 * What {@link IsbnCleaner} found in one ISBN subfield: the candidate number and the words around
 * it. Immutable and thread-safe.
 *
 * @param digits the number without hyphens or spaces, check character 'X' uppercased; may have
 *     any length and a wrong check digit ("" when the text holds no digit)
 * @param qualifier the text around the number without prices and parentheses, parts joined by
 *     " ; " (e.g. "pbk. : alk. paper", "精装"); "" when none
 */
public record CleanedIsbn(String digits, String qualifier) {}
