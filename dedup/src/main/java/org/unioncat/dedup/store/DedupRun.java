package org.unioncat.dedup.store;

import java.time.Instant;

/**
 * A stored duplicate detection run.
 *
 * @param id the run's id
 * @param startedAt when it began
 * @param finishedAt when it ended (null while running)
 * @param status RUNNING, DONE or FAILED
 * @param records records checked
 * @param candidatePairs candidate pairs compared
 * @param clusters clusters found
 * @param findings findings reported
 * @param statisticsJson the run's {@link org.unioncat.dedup.run.RunStatistics} as JSON
 */
public record DedupRun(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String status,
    long records,
    long candidatePairs,
    long clusters,
    long findings,
    String statisticsJson) {}
