package org.unioncat.api.web.center;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.merge.ClusterStatus;
import org.unioncat.dedup.merge.ReviewQueue;
import org.unioncat.dedup.store.DedupStore;

/**
 * The queue page's model: the review engine's queue (filtered, sorted and paged in the database),
 * with the kept records' titles, causes and libraries for display.
 */
@Service
public class QueueService {
  public static final int PAGE_SIZE = 25;
  private final ReviewQueue queue;
  private final DedupStore store;
  private final JdbcClient jdbc;

  QueueService(ReviewQueue queue, DedupStore store, JdbcClient jdbc) {
    this.queue = queue;
    this.store = store;
    this.jdbc = jdbc;
  }

  /** The latest finished detection run, or 0 when none. */
  public long latestRunId() {
    return store.latestRun().map(r -> r.id()).orElse(0L);
  }

  public QueuePage page(QueueFilter f) {
    if (store.latestRun().isEmpty()) {
      return new QueuePage(null, 0, List.of(), 0, 0);
    }
    ClusterStatus status =
        f.status() == QueueFilter.Status.ALL ? null : ClusterStatus.valueOf(f.status().name());
    ReviewQueue.Sort sort =
        switch (f.sort()) {
          case LOW_SCORE -> ReviewQueue.Sort.SCORE;
          case HIGH_SCORE -> ReviewQueue.Sort.SCORE_DESC;
          case SIZE -> ReviewQueue.Sort.SIZE;
          case ID -> ReviewQueue.Sort.ID;
        };
    ReviewQueue.Page page =
        queue.page(
            new ReviewQueue.Filter(f.cause(), f.library(), f.uploader(), status, null, f.maxScore()),
            sort, f.page(), PAGE_SIZE);
    Map<Long, String> titles = titles(page.clusters().stream().map(e -> e.cluster().keepId()).toList());
    List<QueueRow> rows = new ArrayList<>();
    for (ReviewQueue.Entry e : page.clusters()) {
      TreeSet<Integer> causes = new TreeSet<>();
      TreeSet<String> libraries = new TreeSet<>();
      for (ClusterMember m : e.cluster().members()) {
        m.cause().ifPresent(c -> causes.add(c.number()));
        libraries.add(m.library());
      }
      rows.add(
          new QueueRow(
              e.cluster().id(), e.cluster().keepId(), titles.get(e.cluster().keepId()),
              e.cluster().size(), e.score(), e.status().name(), List.copyOf(causes),
              List.copyOf(libraries)));
    }
    return new QueuePage(
        page.runId(), page.total(), rows, page.page(), (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  private Map<Long, String> titles(List<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String in = String.join(", ", ids.stream().map(id -> "?").toList());
    jdbc.sql("SELECT id, title FROM bib_record WHERE id IN (" + in + ")")
        .params(new ArrayList<Object>(ids))
        .query(rs -> {
          out.put(rs.getLong(1), rs.getString(2));
        });
    return out;
  }
}
