package org.unioncat.batch.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.run.DedupResult;

/**
 * Per library, a SHA-256 of everything in a run's result that the library's correction report
 * rows are built from ({@code CorrectionRowLoader}): every cluster with a member of the library,
 * whole (id, kept record, and each member's record, library, 001, role, cause, score, evidence
 * and action: a row names the kept record and its library), and every finding on the library's
 * records with the related record's library, 001 and cluster. Two runs with equal digests for a
 * library, and no record of the library changed in between, give that library the same rows.
 *
 * <p>Libraries with nothing in the result get no digest: absent counts as "nothing". A finding
 * whose related record is not at hand makes its library's digest unique (always rebuilt).
 */
final class LibraryDigests {
  private LibraryDigests() {}

  /**
   * @param result the run's clusters (with their final ids) and findings
   * @param record a record of the run's result by id (the related records of findings), or null
   */
  static Map<String, String> of(DedupResult result, LongFunction<DedupRecord> record) {
    Map<String, MessageDigest> digests = new TreeMap<>();
    Map<Long, Long> clusterOf = new HashMap<>();
    for (Cluster c : result.clusters()) {
      StringBuilder s = new StringBuilder(256);
      s.append("C|").append(c.id()).append('|').append(c.keepId());
      Set<String> libraries = new LinkedHashSet<>();
      for (ClusterMember m : c.members()) {
        clusterOf.merge(m.recordId(), c.id(), Math::min);
        libraries.add(m.library());
        s.append("|M|").append(m.recordId()).append('|').append(m.library()).append('|')
            .append(m.localId()).append('|').append(m.role()).append('|')
            .append(m.cause().map(x -> x.number()).orElse(0)).append('|')
            .append(Double.doubleToLongBits(m.score())).append('|')
            .append(m.explanationEn()).append('|').append(m.explanationZh()).append('|')
            .append(m.actionEn()).append('|').append(m.actionZh());
      }
      s.append('\n');
      byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
      for (String library : libraries) {
        digest(digests, library).update(bytes);
      }
    }
    for (Finding f : result.findings()) {
      StringBuilder s = new StringBuilder(256);
      long related = f.relatedRecordId().orElse(0L);
      DedupRecord r = related == 0 ? null : record.apply(related);
      s.append("F|").append(f.recordId()).append('|').append(f.localId()).append('|')
          .append(f.cause().number()).append('|').append(related).append('|')
          // a related record not at hand: the digest must never match, so the report is built
          .append(r == null && related != 0 ? "?" + System.nanoTime() + Math.random() : "")
          .append(r == null ? "" : r.library()).append('|')
          .append(r == null ? "" : r.localId()).append('|')
          .append(clusterOf.get(f.recordId())).append('|').append(clusterOf.get(related))
          .append('|').append(f.detailEn()).append('|').append(f.detailZh()).append('|')
          .append(f.actionEn()).append('|').append(f.actionZh()).append('\n');
      digest(digests, f.library()).update(s.toString().getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> out = new TreeMap<>();
    digests.forEach((library, d) -> out.put(library, HexFormat.of().formatHex(d.digest())));
    return out;
  }

  /**
   * A digest that equals no other: for a library whose rows a run changed without computing its
   * whole result (a run that carries the previous result over), so its report is built.
   */
  static String unmatched() {
    return "~" + java.util.UUID.randomUUID().toString().replace("-", "");
  }

  private static MessageDigest digest(Map<String, MessageDigest> digests, String library) {
    return digests.computeIfAbsent(library, l -> {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
