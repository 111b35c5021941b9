package org.unioncat.ingest.normalize.holdings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.config.LibraryCode;

/**
 * The holdings of one record and what validation needs to know about them: whether the uploading
 * library holds the book (HOLDINGS_MISSING, cause 9: empty copies of a downloaded record), which
 * other libraries' holdings it carries (HOLDINGS_OTHER_LIBRARY, cause 10), and a library's call
 * numbers (cause 12: the same book under two call numbers). Immutable and thread-safe.
 *
 * @param holdings the holdings in record order
 * @param skippedFields holdings fields that had no call number, barcode or location and so were not
 *     counted as holdings
 */
public record HoldingsSummary(List<Holding> holdings, int skippedFields) {

  public HoldingsSummary {
    holdings = holdings == null ? List.of() : List.copyOf(holdings);
  }

  /** Whether the record carries no holdings at all. */
  public boolean isEmpty() {
    return holdings.isEmpty();
  }

  /**
   * Whether {@code library} holds the book: a holding names it, or names no library (a field that
   * never names the library belongs to whoever uploaded the record).
   */
  public boolean belongsTo(LibraryCode library) {
    for (Holding h : holdings) {
      if (h.libraryCode() == null || library != null && h.libraryCode().equals(library.value())) {
        return true;
      }
    }
    return false;
  }

  /** The codes of libraries other than {@code uploader} named by the holdings, in record order. */
  public List<String> otherLibraries(LibraryCode uploader) {
    Set<String> out = new LinkedHashSet<>();
    for (Holding h : holdings) {
      if (h.libraryCode() != null
          && (uploader == null || !h.libraryCode().equals(uploader.value()))) {
        out.add(h.libraryCode());
      }
    }
    return new ArrayList<>(out);
  }

  /** The distinct call numbers {@code library} gave the book, in record order. */
  public List<String> callNumbersOf(LibraryCode library) {
    Set<String> out = new LinkedHashSet<>();
    for (Holding h : holdings) {
      boolean mine =
          h.libraryCode() == null || library != null && h.libraryCode().equals(library.value());
      if (mine && h.callNumber() != null) {
        out.add(h.callNumber());
      }
    }
    return new ArrayList<>(out);
  }
}
