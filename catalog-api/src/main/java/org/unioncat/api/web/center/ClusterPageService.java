package org.unioncat.api.web.center;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.merge.ClusterStatus;
import org.unioncat.dedup.merge.ReviewQueue;
import org.springframework.stereotype.Service;
import org.unioncat.api.web.Texts;
import org.unioncat.api.web.record.DigestLabel;
import org.unioncat.api.web.record.RecordDigest;
import org.unioncat.api.web.record.RecordPageService;
import org.unioncat.dedup.Cause;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredRecord;

/**
 * Builds the cluster page from the latest run's members and the records as they are now in the
 * catalog: a column per record, a row per label, each cell compared with the kept record's.
 */
@Service
public class ClusterPageService {
  private final ReviewQueue reviews;
  private final QueueService queue;
  private final CatalogQueries catalog;
  private final ClusterDecisions decisions;

  ClusterPageService(
      ReviewQueue reviews, QueueService queue, CatalogQueries catalog, ClusterDecisions decisions) {
    this.reviews = reviews;
    this.queue = queue;
    this.catalog = catalog;
    this.decisions = decisions;
  }

  /** The cluster's member record ids, kept record first. */
  public List<Long> memberIds(long clusterId) {
    return entry(clusterId).cluster().members().stream().map(ClusterMember::recordId).toList();
  }

  public ClusterPage page(long clusterId, Locale locale) {
    ReviewQueue.Entry entry = entry(clusterId);
    Cluster cluster = entry.cluster();
    long keepId = cluster.keepId();
    List<ClusterPage.Member> members = new ArrayList<>();
    List<RecordDigest> digests = new ArrayList<>();
    for (ClusterMember m : cluster.members()) {
      Optional<StoredRecord> stored = catalog.record(m.recordId());
      digests.add(
          RecordDigest.of(
              stored.flatMap(StoredRecordDecoder::decode).orElse(null),
              RecordPageService.flavourOf(stored.map(StoredRecord::flavour).orElse(""))));
      members.add(
          new ClusterPage.Member(
              m.recordId(), m.library(), m.localId(), m.role().name(),
              m.cause().map(Cause::number).orElse(null),
              m.cause().map(c -> causeName(c, locale)).orElse(""),
              m.score(), Texts.pick(locale, m.explanationEn(), m.explanationZh()),
              Texts.pick(locale, m.actionEn(), m.actionZh()), m.recordId() == keepId,
              stored.map(s -> s.status().name()).orElse("DELETED"),
              stored.map(StoredRecord::mergedInto).orElse(null),
              catalog.holdings(m.recordId()).stream()
                  .map(h -> new ClusterPage.Holding(h.libraryCode(), h.callNumber(), h.barcode(), h.location()))
                  .toList()));
    }
    List<ClusterPage.Row> table = new ArrayList<>();
    RecordDigest kept = digests.get(0);
    for (DigestLabel label : DigestLabel.values()) {
      List<ClusterPage.Cell> cells = new ArrayList<>();
      for (RecordDigest d : digests) {
        cells.add(new ClusterPage.Cell(d.text(label), d != kept && d.differsFrom(kept, label)));
      }
      table.add(new ClusterPage.Row(label.messageKey(), cells));
    }
    ClusterStatus status = entry.status();
    boolean merged = status == ClusterStatus.MERGED;
    boolean open = status == ClusterStatus.OPEN || status == ClusterStatus.KEEP_CHOSEN;
    var available = decisions.available();
    return new ClusterPage(
        clusterId, queue.latestRunId(), keepId, status.name(), members, table,
        available.contains(ClusterDecisions.Operation.MERGE) && open,
        available.contains(ClusterDecisions.Operation.UNDO) && merged,
        available.contains(ClusterDecisions.Operation.CHANGE_KEPT) && !merged,
        !merged);
  }

  public static String causeName(Cause cause, Locale locale) {
    return cause.number() + " · " + Texts.pick(locale, cause.nameEn(), cause.nameZh());
  }

  private ReviewQueue.Entry entry(long clusterId) {
    return reviews
        .cluster(clusterId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Cluster " + clusterId + " is not in the latest duplicate detection run: it was"
                        + " merged, rejected or split, or is no longer found.",
                    "最新一次查重中没有重复组 " + clusterId + "：它已被合并、判定为不是重复或已拆分，或不再被检出。"));
  }
}
