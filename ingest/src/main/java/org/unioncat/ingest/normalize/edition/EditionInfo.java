package org.unioncat.ingest.normalize.edition;

import java.util.List;
import org.unioncat.ingest.normalize.Correction;

/**
 * A record's edition and printing as the matcher compares them. Immutable and thread-safe.
 *
 * @param statement the edition statement as received (250$a / 205$a), "" when none
 * @param source "250$a", "205$a" or "" when none
 * @param number the edition number; 1 when nothing states another
 * @param revised the statement says revised / enlarged / updated / new without (or with) a number
 * @param explicit the number was stated ("1st ed.", "初版", "第2版"), not defaulted
 * @param printing the printing or reprint found in the edition field, notes or coded date type
 * @param corrections move a printing statement out of the edition field into a note
 * @param printingInEditionField the edition field holds a printing statement and nothing else
 *     (validation reports EDITION_IS_PRINTING from it)
 */
public record EditionInfo(
    String statement,
    String source,
    int number,
    boolean revised,
    boolean explicit,
    Printing printing,
    List<Correction> corrections,
    boolean printingInEditionField) {

  public EditionInfo {
    corrections = List.copyOf(corrections);
  }
}
