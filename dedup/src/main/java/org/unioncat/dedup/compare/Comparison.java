package org.unioncat.dedup.compare;

import java.util.List;
import java.util.Optional;
import org.unioncat.dedup.Cause;

/**
 * The result of comparing two records: a verdict, a score (0-1 confidence that they are the same
 * manifestation), the most likely cause when they are duplicates or when the pair is a finding
 * (cause 3 set vs volume, 5 stale edition, 7 edition date, 10 wrong record), and the evidence
 * field by field.
 *
 * @param first the record with the lower id
 * @param second the record with the higher id
 */
public record Comparison(
    long first,
    long second,
    Verdict verdict,
    double score,
    Optional<Cause> cause,
    List<Evidence> evidence) {

  public Comparison {
    evidence = List.copyOf(evidence);
  }

  /** The evidence as one line in English: "same ISBN-13 ...; title identical; pages 345 vs 347". */
  public String explanationEn() {
    return String.join("; ", evidence.stream().map(Evidence::en).toList());
  }

  public String explanationZh() {
    return String.join("；", evidence.stream().map(Evidence::zh).toList());
  }
}
