package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.BlockingKeys;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.Evidence;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.compare.Verdict;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;

/**
 * A deliberately small comparator for exercising the engine until the real one lands: ISBN or
 * title key equality, with guards that say CANNOT_LINK for different parts (cause 3), different
 * editions (cause 5 when they share an ISBN) and different record types. Stateless.
 *
 * <ul>
 *   <li>either title unusable: DIFFERENT (the engine reports cause 11 itself)
 *   <li>same title, different parts: CANNOT_LINK, cause 3
 *   <li>same title, different edition numbers: CANNOT_LINK, cause 5 if an ISBN is shared
 *   <li>a shared ISBN and the same title: DUPLICATE 0.95
 *   <li>same title, year and first author: DUPLICATE 0.85
 *   <li>same title and (year or author): POSSIBLE 0.6
 *   <li>otherwise DIFFERENT
 * </ul>
 *
 * Causes of duplicates: same library and no holdings on one side: 9; otherwise 12.
 */
public final class KeyEqualityComparator implements PairComparator {

  @Override
  public Comparison compare(DedupRecord a, DedupRecord b) {
    if (a.id() > b.id()) {
      DedupRecord swap = a;
      a = b;
      b = swap;
    }
    NormalizedRecord na = a.normalized();
    NormalizedRecord nb = b.normalized();
    List<Evidence> ev = new ArrayList<>();
    if (!na.title().usable() || !nb.title().usable()) {
      ev.add(new Evidence("title", "a title is missing", "题名缺失", -1));
      return result(a, b, Verdict.DIFFERENT, 0.0, null, ev);
    }
    boolean sameTitle = na.title().key().equals(nb.title().key());
    Set<Isbn> shared = new HashSet<>(na.isbns().valid());
    shared.retainAll(nb.isbns().valid());
    if (!sameTitle && shared.isEmpty()) {
      ev.add(new Evidence("title", "titles differ", "题名不同", -1));
      return result(a, b, Verdict.DIFFERENT, 0.0, null, ev);
    }
    if (na.identifiers().recordType() != nb.identifiers().recordType()) {
      ev.add(new Evidence("type", "record types differ", "记录类型不同", -1));
      return result(a, b, Verdict.CANNOT_LINK, 0.0, null, ev);
    }
    if (!na.title().part().numbers().equals(nb.title().part().numbers())) {
      ev.add(new Evidence("part", "parts " + na.title().part().numbers() + " vs "
          + nb.title().part().numbers(), "卷册不同", -1));
      return result(a, b, Verdict.CANNOT_LINK, 0.1, Cause.MULTI_VOLUME, ev);
    }
    if (na.edition().number() != nb.edition().number()) {
      ev.add(new Evidence("edition", "edition " + na.edition().number() + " vs "
          + nb.edition().number(), "版次不同", -1));
      return result(a, b, Verdict.CANNOT_LINK, 0.1, shared.isEmpty() ? null : Cause.STALE_EDITION, ev);
    }
    Cause cause = a.library().equals(b.library()) && (a.hasNoHoldings() || b.hasNoHoldings())
        ? Cause.EMPTY_DOWNLOAD : Cause.NO_CHECK;
    if (!shared.isEmpty() && sameTitle) {
      ev.add(new Evidence("isbn", "same ISBN-13 " + shared.iterator().next(), "ISBN-13 相同", 0.6));
      ev.add(new Evidence("title", "title identical", "题名相同", 0.35));
      return result(a, b, Verdict.DUPLICATE, 0.95, cause, ev);
    }
    boolean sameYear = Objects.equals(na.dates().trusted(), nb.dates().trusted());
    String authorA = BlockingKeys.firstAuthorKey(a);
    boolean sameAuthor = !authorA.isEmpty() && authorA.equals(BlockingKeys.firstAuthorKey(b));
    if (sameTitle && sameYear && sameAuthor) {
      ev.add(new Evidence("title", "title, year and author identical", "题名、年份、责任者相同", 0.85));
      return result(a, b, Verdict.DUPLICATE, 0.85, cause, ev);
    }
    if (sameTitle && (sameYear || sameAuthor)) {
      ev.add(new Evidence("title", "title identical, " + (sameYear ? "same year" : "same author"),
          "题名相同", 0.6));
      return result(a, b, Verdict.POSSIBLE, 0.6, null, ev);
    }
    ev.add(new Evidence("title", "only the title or ISBN agrees", "仅题名或 ISBN 相同", 0.2));
    return result(a, b, Verdict.DIFFERENT, 0.2, null, ev);
  }

  private static Comparison result(
      DedupRecord a, DedupRecord b, Verdict v, double score, Cause cause, List<Evidence> ev) {
    return new Comparison(a.id(), b.id(), v, score, Optional.ofNullable(cause), ev);
  }
}
