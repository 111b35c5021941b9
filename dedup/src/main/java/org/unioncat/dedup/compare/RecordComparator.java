package org.unioncat.dedup.compare;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.unioncat.config.MatchRules;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;

/**
 * The duplicate detector's pair comparator: compares two records field by field, adds up the
 * points of the field comparers, applies the hard guards, and names the cause.
 *
 * <p>In order:
 *
 * <ol>
 *   <li>A record without a usable title (missing, placeholder "REQUIRED FIELD", punctuation only)
 *       is never a DUPLICATE: POSSIBLE when an ISBN or system number is shared, else DIFFERENT,
 *       cause NO_TITLE (11; the finding itself is reported elsewhere).
 *   <li>Field comparers, each adding bilingual evidence and points: {@link IsbnComparer}, {@link
 *       FormatGuard} (carrier, language), {@link TitleComparer}, {@link VolumeGuard}, {@link
 *       AuthorComparer}, {@link EditionGuard}, {@link DateComparer}, {@link ExtentComparer},
 *       {@link SeriesComparer}, {@link PublisherComparer}, {@link IdentifierComparer}, {@link
 *       HoldingsComparer}.
 *   <li>Any hard guard (other carrier, language, volume, edition, clearly different title, title
 *       differing only in a number) gives CANNOT_LINK, with cause 3, 5 or 7 when the titles match
 *       and the guard says so.
 *   <li>Otherwise the points give a score (logistic, see {@link MatchRules}) and the score a
 *       verdict. A DUPLICATE is lowered to POSSIBLE when the titles are not (nearly) identical,
 *       fewer than {@code minCorroborations} other fields agree, a record is a stub (no date and no
 *       identifier), the authors conflict, or a guard asked for a cap. Conflicting authors without
 *       a shared ISBN make the pair DIFFERENT.
 *   <li>The cause of a DUPLICATE (or POSSIBLE) is the most specific that applies: 9 (empty copy,
 *       same library) &gt; 12 (same library, both held) &gt; 1 (ISBN-10 vs ISBN-13) &gt; 2
 *       (binding) &gt; 6 (reprint) &gt; 8 (series in a note) &gt; 4 (author form) &gt; 12 (no
 *       duplicate check: identical or otherwise unexplained).
 * </ol>
 *
 * <p>Deterministic and symmetric: the records are put in id order first, so compare(a, b) and
 * compare(b, a) give the same result, evidence included. Stateless and thread-safe; it calls no ICU
 * and compiles no pattern (keys that need them are in {@link MatchKeys}, computed once per record).
 */
public final class RecordComparator implements PairComparator {
  private final MatchRules rules;
  private final Set<String> unreliableIsbns;
  private final IsbnComparer isbns;
  private final FormatGuard formats = new FormatGuard();
  private final TitleComparer titles;
  private final VolumeGuard volumes = new VolumeGuard();
  private final AuthorComparer authors;
  private final MeetingGuard meetings = new MeetingGuard();
  private final EditionGuard editions = new EditionGuard();
  private final DateComparer dates;
  private final ExtentComparer extents;
  private final SeriesComparer series;
  private final PublisherComparer publishers;
  private final IdentifierComparer identifiers;
  private final HoldingsComparer holdings = new HoldingsComparer();

  public RecordComparator(MatchRules rules) {
    this(rules, Set.of());
  }

  /**
   * A comparator that does not count the given ISBN-13s as evidence (see {@link
   * #withUnreliableIsbns}).
   */
  public RecordComparator(MatchRules rules, Set<String> unreliableIsbns) {
    if (rules == null) {
      throw new IllegalArgumentException("match rules are required");
    }
    this.rules = rules;
    this.unreliableIsbns = Set.copyOf(unreliableIsbns);
    this.isbns = new IsbnComparer(rules, this.unreliableIsbns);
    this.titles = new TitleComparer(rules);
    this.authors = new AuthorComparer(rules);
    this.dates = new DateComparer(rules);
    this.extents = new ExtentComparer(rules);
    this.series = new SeriesComparer(rules);
    this.publishers = new PublisherComparer(rules);
    this.identifiers = new IdentifierComparer(rules);
  }

  /** A comparator with {@link MatchRules#defaults()}. */
  public RecordComparator() {
    this(MatchRules.defaults());
  }

  @Override
  public String rulesDescription() {
    return rules.toString(); // a record: every weight and threshold by name
  }

  public MatchRules rules() {
    return rules;
  }

  /**
   * The same rules, with these ISBN-13s no longer counted as evidence: the detector finds ISBNs
   * shared by clearly different books (a publisher reusing numbers, one ISBN on a whole set) and
   * adds the consortium's list of known-bad ISBNs.
   */
  @Override
  public PairComparator withUnreliableIsbns(Set<String> isbn13s) {
    Set<String> all = new TreeSet<>(unreliableIsbns);
    all.addAll(isbn13s);
    return new RecordComparator(rules, all);
  }

  @Override
  public Comparison compare(DedupRecord x, DedupRecord y) {
    boolean swap = order(x, y) > 0;
    DedupRecord a = swap ? y : x;
    DedupRecord b = swap ? x : y;
    NormalizedRecord na = a.normalized();
    NormalizedRecord nb = b.normalized();
    Tally t = new Tally();

    if (!na.title().usable() || !nb.title().usable()) {
      return noTitle(a, b, t);
    }

    isbns.compare(na.isbns(), nb.isbns(), t);
    formats.compare(a, b, t);
    titles.compare(na.title(), nb.title(), na.identifiers().language(), nb.identifiers().language(), t);
    volumes.compare(a, b, t);
    authors.compare(a, b, t);
    meetings.compare(na, nb, t);
    editions.compare(na, nb, t);
    dates.compare(na, nb, t);
    extents.compare(na.extent(), nb.extent(), t);
    if (extents.withinReprintTolerance(na.extent(), nb.extent())) {
      t.reprint = true;
    }
    series.compare(na.series(), nb.series(), t);
    publishers.compare(na.publisher(), nb.publisher(), t);
    identifiers.compare(na.identifiers(), nb.identifiers(), t);
    holdings.compare(a, b, t);

    if (t.isbnShared && (!t.titleMatches && !t.titleIncomparable || t.authorConflict || t.cannotLink)) {
      t.add(
          "isbn",
          "the shared ISBN does not make these one book: ISBN reused, wrong, printed on a whole set,"
              + " or copied from another edition",
          "ISBN 相同不能说明为同一种书：ISBN 重复使用、著录错误、整套共用或沿用其他版次",
          0);
    }
    double score = score(t.points);
    if (t.cannotLink) {
      Optional<Cause> cause =
          t.titleMatches ? Optional.ofNullable(t.guardCause) : Optional.empty();
      return new Comparison(a.id(), b.id(), Verdict.CANNOT_LINK,
          Math.min(score, rules.cannotLinkScoreCap()), cause, t.evidence);
    }
    Verdict verdict =
        score >= rules.duplicateScore()
            ? Verdict.DUPLICATE
            : score >= rules.possibleScore() ? Verdict.POSSIBLE : Verdict.DIFFERENT;
    if (verdict == Verdict.DUPLICATE) {
      verdict = capped(na, nb, t);
    }
    if (t.authorConflict && !t.isbnShared && verdict != Verdict.DIFFERENT) {
      verdict = Verdict.DIFFERENT;
    }
    Optional<Cause> cause =
        verdict == Verdict.DIFFERENT ? Optional.empty() : Optional.of(duplicateCause(t));
    return new Comparison(a.id(), b.id(), verdict, score, cause, t.evidence);
  }

  /** DUPLICATE unless a cap applies; the cap is explained in the evidence. */
  private Verdict capped(NormalizedRecord a, NormalizedRecord b, Tally t) {
    if (stub(a) || stub(b)) {
      t.add("identifiers", "a stub record (no date, no identifier): not enough to merge",
          "简略记录（无出版年、无标识号）：不足以合并", 0);
      return Verdict.POSSIBLE;
    }
    if (!t.titleMatches || t.atMostPossible || t.authorConflict) {
      return Verdict.POSSIBLE;
    }
    if (t.isbnsUnexplained) {
      // Two different ISBNs with no binding to explain them are two products of the publisher
      // (another volume, year, edition or carrier) more often than one book: cause 2 needs the
      // binding to be named.
      t.add("isbn", "different ISBNs with no binding named: not enough to merge",
          "ISBN 不同且未注明装帧：不足以合并", 0);
      return Verdict.POSSIBLE;
    }
    if (t.publisherDiffers && !t.isbnShared) {
      // Another publisher with another ISBN: a reprint by another house, a translation's
      // original imprint, a co-edition — another manifestation, or at least not a sure one.
      t.add("publisher", "another publisher and another ISBN: possibly another manifestation",
          "出版者与 ISBN 均不同：可能为另一种版本", 0);
      return Verdict.POSSIBLE;
    }
    if (t.pagesDiffer && (t.yearsDiffer || a.dates().conflict() || b.dates().conflict())) {
      t.add("extent", "pages and publication year both disagree: possibly another edition",
          "页数与出版年均不一致：可能为其他版次", 0);
      return Verdict.POSSIBLE;
    }
    if (t.publisherDiffers && t.yearsDiffer) {
      // Another publisher's issue years apart (a translation, a new edition cataloged without an
      // edition statement): shared identifiers copied from elsewhere must not merge them.
      t.add("publisher", "publisher and year both differ: possibly another edition or issue",
          "出版者与出版年均不同：可能为其他版次或版本", 0);
      return Verdict.POSSIBLE;
    }
    if (t.corroborations < rules.minCorroborations()) {
      t.add("title", "title agreement with only " + t.corroborations
              + " other agreeing field(s): not enough to merge",
          "题名一致但仅有 " + t.corroborations + " 项其他字段一致：不足以合并", 0);
      return Verdict.POSSIBLE;
    }
    return Verdict.DUPLICATE;
  }

  /** The most specific cause of a duplicate; see the class documentation for the order. */
  private static Cause duplicateCause(Tally t) {
    if (t.emptyDownload) {
      return Cause.EMPTY_DOWNLOAD;
    }
    if (t.sameLibraryBothHeld) {
      return Cause.NO_CHECK;
    }
    if (t.isbnFormsDiffer) {
      return Cause.ISBN_FORMS;
    }
    if (t.bindingDiffers) {
      return Cause.BINDING;
    }
    if (t.reprint) {
      return Cause.REPRINT;
    }
    if (t.seriesInNote) {
      return Cause.SERIES_IN_NOTE;
    }
    if (t.bindingOneSide) {
      return Cause.BINDING;
    }
    if (t.authorFormDiffers) {
      return Cause.AUTHOR_FORM;
    }
    return Cause.NO_CHECK;
  }

  private Comparison noTitle(DedupRecord a, DedupRecord b, Tally t) {
    NormalizedRecord na = a.normalized();
    NormalizedRecord nb = b.normalized();
    String which = !na.title().usable() && !nb.title().usable()
        ? "both records have" : !na.title().usable() ? "the first record has" : "the second record has";
    String whichZh = !na.title().usable() && !nb.title().usable()
        ? "两条记录均" : !na.title().usable() ? "第一条记录" : "第二条记录";
    boolean garbled = na.title().garbled() || nb.title().garbled();
    t.add("title", which + " no usable title (missing, placeholder"
            + (garbled ? ", or garbled by a wrong character set: re-catalog" : " or punctuation") + "): never merged on it",
        whichZh + "无可用题名（缺失、占位符" + (garbled ? "或因字符集错误成为乱码，需重新编目" : "或仅有标点") + "）：不据此合并", 0);
    isbns.compare(na.isbns(), nb.isbns(), t);
    identifiers.compare(na.identifiers(), nb.identifiers(), t);
    boolean linked = t.isbnShared || t.corroborations > 0;
    double score = Math.min(score(t.points), rules.possibleScore());
    return new Comparison(a.id(), b.id(), linked ? Verdict.POSSIBLE : Verdict.DIFFERENT,
        score, Optional.of(Cause.NO_TITLE), t.evidence);
  }

  /** No date and no identifier (ISBN, system number, LCCN). */
  private static boolean stub(NormalizedRecord r) {
    return r.dates().trusted() == null
        && r.isbns().valid().isEmpty()
        && r.identifiers().systemNumbers().isEmpty()
        && r.identifiers().lccn() == null;
  }

  private double score(double points) {
    return 1.0 / (1.0 + Math.exp(-(points - rules.scoreMidpoint()) / rules.scoreScale()));
  }

  private static int order(DedupRecord x, DedupRecord y) {
    int c = Long.compare(x.id(), y.id());
    if (c != 0) {
      return c;
    }
    c = compareNullable(x.library(), y.library());
    if (c != 0) {
      return c;
    }
    c = compareNullable(x.localId(), y.localId());
    if (c != 0) {
      return c;
    }
    return x.matchKeys().fingerprint().compareTo(y.matchKeys().fingerprint());
  }

  private static int compareNullable(String x, String y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    return x.compareTo(y);
  }
}
