package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.Cause;

/**
 * What the field comparers found for one pair: evidence and points, the hard guards that fired,
 * the caps on the verdict and the signals that pick the cause. One per {@code compare} call, never
 * shared between threads.
 */
final class Tally {
  final List<Evidence> evidence = new ArrayList<>();
  double points;
  int corroborations;

  // hard guards
  boolean cannotLink;
  Cause guardCause;

  // caps
  boolean atMostPossible;
  boolean atMostDifferent;

  // facts other comparers and the cause choice read
  boolean isbnShared;
  boolean isbnFormsDiffer;
  boolean bindingDiffers;
  /** A print binding named in one record only (cause 2, after reprint and series). */
  boolean bindingOneSide;
  boolean titleMatches;
  boolean titleIncomparable;
  boolean authorConflict;
  boolean authorFormDiffers;
  boolean reprint;
  boolean seriesInNote;
  boolean identical;
  boolean sameLibrary;
  boolean emptyDownload;
  boolean sameLibraryBothHeld;
  boolean samePages;
  boolean sameYear;
  /** Years differ by more than one and no reprint explains it. */
  boolean yearsDiffer;
  /** Both records name a publisher and the publishers differ. */
  boolean publisherDiffers;
  /** Both records state pages and they differ beyond a reprint's tolerance. */
  boolean pagesDiffer;
  /** Both records have ISBNs, none shared, and no binding explains the difference. */
  boolean isbnsUnexplained;

  void add(String field, String en, String zh, double pts) {
    evidence.add(new Evidence(field, en, zh, pts));
    points += pts;
  }

  void corroborate() {
    corroborations++;
  }

  /** A hard guard: the pair must never be linked; {@code cause} is kept when more specific. */
  void cannotLink(Cause cause) {
    cannotLink = true;
    if (cause != null && (guardCause == null || rank(cause) < rank(guardCause))) {
      guardCause = cause;
    }
  }

  private static int rank(Cause c) {
    return switch (c) {
      case MULTI_VOLUME -> 0;
      case STALE_EDITION -> 1;
      case EDITION_DATE_CONFUSED -> 2;
      default -> 3;
    };
  }
}
