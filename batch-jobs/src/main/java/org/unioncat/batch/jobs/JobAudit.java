package org.unioncat.batch.jobs;

import java.util.Locale;
import org.unioncat.audit.AuditEvent;

/**
 * The audit entries of the nightly job: {@code JOB_START} (or {@code JOB_RESUME} for a run taken up
 * again after a failure) by whoever asked, and {@code JOB_END} by the job itself with how it ended
 * and what it found. Target {@code job:<execution id>}, as in {@code GET /api/jobs/{id}}.
 */
final class JobAudit {
  static final String SYSTEM = "system:dedupJob";

  private JobAudit() {}

  static AuditEvent started(String actor, JobView v) {
    return new AuditEvent(actor, v.restart() ? "JOB_RESUME" : "JOB_START", "job:" + v.id(), null,
        String.format(Locale.ROOT, "{\"run\":%d,\"mode\":\"%s\",\"trigger\":\"%s\"}",
            v.runNumber(), plain(v.mode()), plain(v.trigger())));
  }

  static AuditEvent ended(JobView v) {
    JobView.Statistics s = v.statistics();
    return new AuditEvent(SYSTEM, "JOB_END", "job:" + v.id(), null,
        String.format(Locale.ROOT,
            "{\"run\":%d,\"status\":\"%s\",\"seconds\":%.1f,\"storedRun\":%s,"
                + "\"clusters\":%d,\"clustersNew\":%d,\"clustersChanged\":%d,\"clustersClosed\":%d}",
            v.runNumber(), plain(v.status()), v.durationMillis() / 1000.0,
            s.dedupRunId() == null ? "null" : s.dedupRunId().toString(), s.clusters(),
            s.clustersNew(), s.clustersChanged(), s.clustersClosed()));
  }

  /** Mode, trigger and status are our own words; anything else would not belong in the JSON. */
  private static String plain(String word) {
    return word == null ? "" : word.replaceAll("[^A-Za-z0-9_:.-]", "?");
  }
}
