package org.unioncat.api.web.library;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the library page needs from the correction reports. */
public interface LibraryReports {

  /** The library's latest correction report, if one was made. */
  Optional<Report> latest(String libraryCode, Locale locale);

  /** The library's figures per month, oldest first, at most {@code months}. */
  List<Month> monthly(String libraryCode, int months);

  /** Whether items can be marked fixed or disputed here. */
  boolean marksAvailable();

  /** Marks an item fixed (the library corrected its record) or disputed (it disagrees). */
  void mark(String libraryCode, String itemId, Mark mark, String comment, String user);

  enum Mark { OPEN, FIXED, DISPUTED }

  /**
   * A correction report.
   *
   * @param runId the duplicate detection run it was made from
   * @param total how many items it has in all
   * @param items what the library must fix (the first ones, when there are very many)
   */
  record Report(long runId, long total, List<Item> items) {}

  /**
   * One thing to fix.
   *
   * @param id the item's id for marking
   * @param recordId the library's record
   * @param localId its 001
   * @param cause the cause number, or null
   * @param causeName the cause in the page's language
   * @param detail what is wrong, in the page's language
   * @param action the exact fix, in the page's language
   * @param mark its current mark
   * @param comment the library's comment on a dispute, or null
   */
  record Item(
      String id, long recordId, String localId, Integer cause, String causeName, String detail,
      String action, Mark mark, String comment) {}

  /**
   * A month's figures: {@code series} holds one number per {@link #seriesKeys()} entry.
   *
   * @param month "2026-11"
   */
  record Month(String month, List<Long> series) {}

  /** The message keys of the monthly series, in the order of {@link Month#series()}. */
  List<String> seriesKeys();
}
