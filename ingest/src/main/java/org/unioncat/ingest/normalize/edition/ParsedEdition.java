package org.unioncat.ingest.normalize.edition;

/**
 * What {@link EditionStatementParser} read from one edition statement. Immutable and thread-safe.
 *
 * @param number the stated edition number, or null when none is stated
 * @param revised whether the statement says revised, enlarged, updated or new
 * @param editionWords whether the statement names an edition at all (ed., Aufl., 版, revised...)
 * @param printing the printing stated in the same text
 */
record ParsedEdition(Integer number, boolean revised, boolean editionWords, Printing printing) {

  /** Whether the statement is a printing statement and nothing else. */
  boolean printingOnly() {
    return printing.present() && number == null && !revised && !editionWords;
  }
}
