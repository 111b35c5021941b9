package org.unioncat.config;

/**
 * Weights and thresholds of the duplicate detector's pair comparator
 * ({@code org.unioncat.dedup.compare.RecordComparator}). Points are added per field; their sum
 * becomes a 0-1 score through a logistic curve, {@code score = 1 / (1 + exp(-(points -
 * scoreMidpoint) / scoreScale))}, and the score against {@code duplicateScore} / {@code
 * possibleScore} gives the verdict. Hard guards (other edition, other volume, other carrier,
 * other language, clearly different title) do not use points: they always give CANNOT_LINK.
 * {@code docs/matching.md} explains each value and the cause (from {@code duplicate-causes.md})
 * it serves. Plain record, no annotations; immutable.
 *
 * @param isbnSame a valid ISBN shared after folding ISBN-10 to ISBN-13 (causes 1, 2, 6, 12)
 * @param isbnDifferent both records have ISBNs, none shared, no binding explains it
 * @param isbnDifferentOneBinding ISBNs differ and only one record names a binding (cause 2, half
 *     explained)
 * @param systemNumberSame a shared 035 system number (causes 9, 12)
 * @param systemNumberConflict 035 numbers of the same agency that differ
 * @param lccnSame the same LCCN
 * @param lccnConflict two different LCCNs
 * @param titleIdentical identical title keys (title of more than a few words or characters)
 * @param titleIdenticalShort identical title keys of a short, common title ("Poems", "中国通史"):
 *     worth less, such titles need more than title agreement
 * @param titleNearly title similarity of at least {@code titleNearlyThreshold}
 * @param titleSimilar title similarity of at least {@code titleSimilarThreshold}
 * @param titleDifferent title similarity below {@code titleSimilarThreshold} (but not clearly
 *     different)
 * @param subtitleDifferent title proper identical, other title information clearly different
 * @param titleNearlyThreshold similarity (0-1) from which titles are "nearly identical"; a
 *     DUPLICATE needs at least this
 * @param titleSimilarThreshold similarity from which titles are "similar"
 * @param titleClearlyDifferentBelow similarity under which titles are clearly different: CANNOT_LINK
 * @param shortTitleMaxLatinWords a Latin-script title of at most this many words is short
 * @param shortTitleMaxCjkChars a CJK title of at most this many characters is short
 * @param authorSame an author key shared (heading or statement of responsibility; cause 4)
 * @param authorPartial same surname, compatible initials ("tolkien j" / "tolkien jrr"; cause 4)
 * @param authorConflict both records name authors and none agrees ("Poems" by two poets)
 * @param publisherSame the same publisher key
 * @param publisherConflict two different publishers
 * @param yearSame the same trusted publication year
 * @param yearReprint different years explained by a reprint (printing statement, original year;
 *     cause 6)
 * @param yearOffByOne years one apart, unexplained
 * @param yearOffMore years two or more apart, unexplained
 * @param pagesSame the same page count
 * @param pagesReprint page counts within the reprint tolerance (cause 6)
 * @param pagesDifferent page counts beyond the tolerance
 * @param reprintPageTolerance pages a reprint may differ by (cause 6: "±1-6 pages")
 * @param reprintPageRatio or this share of the larger count, whichever is larger ("a few %")
 * @param seriesSame a series key shared, in a series field or a note (cause 8)
 * @param seriesConflict both records have series, none shared
 * @param seriesNumberConflict the same series with different numbers (other volumes of a series)
 * @param scoreMidpoint points that give a score of 0.5
 * @param scoreScale points per unit of the logistic curve
 * @param duplicateScore a score from which the pair is a DUPLICATE (if no cap applies)
 * @param possibleScore a score from which the pair is POSSIBLE
 * @param cannotLinkScoreCap the highest score a CANNOT_LINK pair reports
 * @param minCorroborations how many fields besides the title must agree for a DUPLICATE (ISBN,
 *     author, publisher, year, pages, series, system number, LCCN)
 */
public record MatchRules(
    double isbnSame,
    double isbnDifferent,
    double isbnDifferentOneBinding,
    double systemNumberSame,
    double systemNumberConflict,
    double lccnSame,
    double lccnConflict,
    double titleIdentical,
    double titleIdenticalShort,
    double titleNearly,
    double titleSimilar,
    double titleDifferent,
    double subtitleDifferent,
    double titleNearlyThreshold,
    double titleSimilarThreshold,
    double titleClearlyDifferentBelow,
    int shortTitleMaxLatinWords,
    int shortTitleMaxCjkChars,
    double authorSame,
    double authorPartial,
    double authorConflict,
    double publisherSame,
    double publisherConflict,
    double yearSame,
    double yearReprint,
    double yearOffByOne,
    double yearOffMore,
    double pagesSame,
    double pagesReprint,
    double pagesDifferent,
    int reprintPageTolerance,
    double reprintPageRatio,
    double seriesSame,
    double seriesConflict,
    double seriesNumberConflict,
    double scoreMidpoint,
    double scoreScale,
    double duplicateScore,
    double possibleScore,
    double cannotLinkScoreCap,
    int minCorroborations) {

  public MatchRules {
    if (!(0 <= titleClearlyDifferentBelow
        && titleClearlyDifferentBelow <= titleSimilarThreshold
        && titleSimilarThreshold <= titleNearlyThreshold
        && titleNearlyThreshold <= 1)) {
      throw new IllegalArgumentException(
          "title thresholds must satisfy 0 <= clearlyDifferentBelow <= similar <= nearly <= 1");
    }
    if (!(0 < possibleScore && possibleScore <= duplicateScore && duplicateScore < 1)) {
      throw new IllegalArgumentException("need 0 < possibleScore <= duplicateScore < 1");
    }
    if (scoreScale <= 0) {
      throw new IllegalArgumentException("scoreScale must be positive");
    }
    if (reprintPageTolerance < 0 || reprintPageRatio < 0 || minCorroborations < 0) {
      throw new IllegalArgumentException("tolerances and counts cannot be negative");
    }
  }

  /** The defaults documented in {@code docs/matching.md}. */
  public static MatchRules defaults() {
    return new MatchRules(
        6.0, // isbnSame
        -3.0, // isbnDifferent
        -1.5, // isbnDifferentOneBinding
        5.0, // systemNumberSame
        -1.5, // systemNumberConflict
        4.0, // lccnSame
        -4.0, // lccnConflict
        5.0, // titleIdentical
        3.0, // titleIdenticalShort
        3.0, // titleNearly
        0.0, // titleSimilar
        -4.0, // titleDifferent
        -2.0, // subtitleDifferent
        0.9, // titleNearlyThreshold
        0.7, // titleSimilarThreshold
        0.4, // titleClearlyDifferentBelow
        2, // shortTitleMaxLatinWords
        4, // shortTitleMaxCjkChars
        3.0, // authorSame
        2.0, // authorPartial
        -7.0, // authorConflict
        1.5, // publisherSame
        -1.5, // publisherConflict
        2.0, // yearSame
        0.5, // yearReprint
        -1.5, // yearOffByOne
        -3.0, // yearOffMore
        1.5, // pagesSame
        0.5, // pagesReprint
        -2.5, // pagesDifferent
        6, // reprintPageTolerance
        0.03, // reprintPageRatio
        1.0, // seriesSame
        -1.0, // seriesConflict
        -3.0, // seriesNumberConflict
        6.0, // scoreMidpoint
        2.0, // scoreScale
        0.85, // duplicateScore
        0.5, // possibleScore
        0.1, // cannotLinkScoreCap
        2); // minCorroborations
  }
}
