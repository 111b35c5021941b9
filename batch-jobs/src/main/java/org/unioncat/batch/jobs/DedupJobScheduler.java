package org.unioncat.batch.jobs;

import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Starts the nightly run on a cron expression: {@code unioncat.jobs.dedup.cron} (Spring's six
 * fields, default {@code 0 0 2 * * *}, 02:00; {@code -} turns it off) in
 * {@code unioncat.jobs.dedup.zone} (default the server's zone), in
 * {@code unioncat.jobs.dedup.scheduled-mode} (default incremental). A trigger while a run is in
 * progress is skipped with a log line. The command-line tool turns the schedule off.
 */
public class DedupJobScheduler implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(DedupJobScheduler.class);
  private final DedupJobService service;
  private final String cron;
  private final String zone;
  private final String mode;
  private final boolean enabled;
  private ThreadPoolTaskScheduler scheduler;
  private ScheduledFuture<?> scheduled;

  public DedupJobScheduler(
      DedupJobService service,
      @Value("${unioncat.jobs.dedup.cron:0 0 2 * * *}") String cron,
      @Value("${unioncat.jobs.dedup.zone:}") String zone,
      @Value("${unioncat.jobs.dedup.scheduled-mode:incremental}") String mode,
      @Value("${unioncat.jobs.dedup.schedule-enabled:true}") boolean enabled) {
    this.service = service;
    this.cron = cron;
    this.zone = zone;
    this.mode = mode;
    this.enabled = enabled;
  }

  @Override
  public synchronized void start() {
    if (!enabled || "-".equals(cron.trim())) {
      return;
    }
    ZoneId zoneId = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("dedup-schedule-");
    scheduler.setPoolSize(1);
    scheduler.initialize();
    scheduled = scheduler.schedule(this::fire, new CronTrigger(cron, zoneId));
    log.info("Duplicate detection scheduled: '{}' ({})", cron, zoneId);
  }

  /** What the schedule does when it fires (also a trigger tests and operators can invoke). */
  public void fire() {
    try {
      JobView started = service.start(mode, "schedule");
      log.info("Scheduled duplicate detection started: job {}", started.id());
    } catch (JobAlreadyRunningException e) {
      log.info("Scheduled duplicate detection skipped: job {} is still running", e.runningId());
    } catch (RuntimeException e) {
      log.error("Scheduled duplicate detection could not start", e);
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduled != null) {
      scheduled.cancel(false);
      scheduled = null;
    }
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
