package org.unioncat.batch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.batch.dedup.CandidatesSummary;
import org.unioncat.batch.dedup.DedupJobStore;
import org.unioncat.batch.dedup.JobKeys;
import org.unioncat.batch.dedup.JobProgress;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;

/**
 * Starts and watches the nightly job. One run at a time, across processes (the service and the
 * command-line tool share the job repository): a start while a run is in progress fails with
 * {@link JobAlreadyRunningException}. A start after a failed run resumes that run from its last
 * checkpoint instead of beginning a new one.
 *
 * <p>A run whose process died (killed, machine restarted) stays STARTED in the repository. It is
 * taken as abandoned — marked FAILED, so the next start resumes it — when it was not started by
 * this process and nothing in it was updated for {@code unioncat.jobs.stale-after} (default 10
 * minutes; longer than any step goes without a checkpoint or a step change at catalog scale).
 *
 * <p>Every start, resume and end is written to the audit log (when the context has one): who
 * started the run, and how it ended, so the center can tell which run produced which reports.
 */
public class DedupJobService {
  private static final Logger log = LoggerFactory.getLogger(DedupJobService.class);
  private final JobOperator operator;
  private final JobRepository repository;
  private final Job job;
  private final DedupJobStore store;
  private final JobProgress progress;
  private final Duration staleAfter;
  private final Set<Long> launchedHere = ConcurrentHashMap.newKeySet();
  private final ObjectProvider<AuditTrail> audit;

  public DedupJobService(
      JobOperator operator, JobRepository repository, Job dedupJob, DedupJobStore store,
      JobProgress progress, @Value("${unioncat.jobs.stale-after:PT10M}") Duration staleAfter,
      ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
    this.operator = operator;
    this.repository = repository;
    this.job = dedupJob;
    this.store = store;
    this.progress = progress;
    this.staleAfter = staleAfter;
    if (dedupJob instanceof org.springframework.batch.core.job.AbstractJob aj) {
      aj.registerJobExecutionListener(new JobExecutionListener() {
        @Override
        public void beforeJob(JobExecution execution) {
          launchedHere.add(execution.getId());
        }

        @Override
        public void afterJob(JobExecution execution) {
          try {
            progress.forget(execution.getId());
            audited(JobAudit.ended(describe(execution)));
          } finally {
            // last: await() returns only once the end is in the audit log, so a command-line
            // run that exits right after does not cut the entry off (it did, under load)
            launchedHere.remove(execution.getId());
          }
        }
      });
    }
  }

  /**
   * Starts a run (or resumes the last one if it failed) and returns at once.
   *
   * @param mode {@code incremental} (new and changed records against the catalog) or
   *     {@code full}; a resumed run keeps the mode it began with
   * @param trigger who asks: schedule, api, cli
   */
  public JobView start(String mode, String trigger) {
    return start(mode, trigger, trigger);
  }

  /**
   * As {@link #start(String, String)}, naming the person or key that asked in the audit log.
   *
   * @param actor the signed-in user, {@code cli:<os user>}, or {@code schedule}
   */
  public synchronized JobView start(String mode, String trigger, String actor) {
    String m = mode == null || mode.isBlank() ? "incremental" : mode.toLowerCase(Locale.ROOT);
    if (!m.equals("incremental") && !m.equals("full")) {
      throw new InvalidRequestException(
          "Unknown mode '" + mode + "': use 'incremental' or 'full'.",
          "未知的运行方式“" + mode + "”：请使用 incremental（增量）或 full（全量）。");
    }
    for (JobExecution running : repository.findRunningJobExecutions(JobKeys.JOB)) {
      if (!launchedHere.contains(running.getId()) && abandoned(running)) {
        markFailed(running);
      } else {
        throw new JobAlreadyRunningException(running.getId());
      }
    }
    try {
      JobExecution execution;
      Optional<JobExecution> failed = lastFailed();
      if (failed.isPresent()) {
        log.info("Resuming duplicate detection job {} from its last checkpoint",
            failed.get().getId());
        execution = operator.restart(failed.get());
      } else {
        JobParameters params = new JobParametersBuilder()
            .addLong(JobKeys.PARAM_RUN, System.currentTimeMillis())
            .addString(JobKeys.PARAM_MODE, m, false)
            .addString(JobKeys.PARAM_TRIGGER, trigger, false)
            .toJobParameters();
        execution = operator.start(job, params);
      }
      JobView started = view(execution);
      audited(JobAudit.started(actor, started));
      return started;
    } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
      throw new JobAlreadyRunningException(-1);
    } catch (Exception e) {
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("could not start the duplicate detection job", e);
    }
  }

  /** One execution, as it is now. */
  public JobView get(long id) {
    JobExecution e;
    try {
      e = repository.getJobExecution(id);
    } catch (org.springframework.dao.EmptyResultDataAccessException missing) {
      e = null;
    }
    if (e == null || !JobKeys.JOB.equals(e.getJobInstance().getJobName())) {
      throw new NotFoundException("There is no job " + id + ".", "没有编号为 " + id + " 的作业。");
    }
    return view(e);
  }

  /** The latest executions, newest first. */
  public List<JobView> list(int limit) {
    List<JobView> out = new ArrayList<>();
    for (JobInstance instance : repository.getJobInstances(JobKeys.JOB, 0, limit)) {
      for (JobExecution e : repository.getJobExecutions(instance)) {
        out.add(view(e));
      }
    }
    out.sort(Comparator.comparingLong(JobView::id).reversed());
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /**
   * Waits for a run to end, calling {@code onTick} with its state every {@code every}. A run
   * started by this process has ended when its end is also written to the audit log.
   */
  public JobView await(long id, Duration every, java.util.function.Consumer<JobView> onTick)
      throws InterruptedException {
    while (true) {
      JobView v = get(id);
      onTick.accept(v);
      if (!v.running() && !launchedHere.contains(id)) {
        return v;
      }
      Thread.sleep(every.toMillis());
    }
  }

  /** An audit entry must never stop or fail a run: the job's own repository is the record. */
  private void audited(AuditEvent event) {
    AuditTrail trail = audit.getIfAvailable();
    if (trail == null) {
      return;
    }
    try {
      trail.record(event);
    } catch (RuntimeException e) {
      log.warn("Could not write the audit entry {} {}: {}", event.action(), event.target(), e.toString());
    }
  }

  private Optional<JobExecution> lastFailed() {
    JobInstance last = repository.getLastJobInstance(JobKeys.JOB);
    if (last == null) {
      return Optional.empty();
    }
    JobExecution e = repository.getLastJobExecution(last);
    if (e != null && (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)) {
      return Optional.of(e);
    }
    return Optional.empty();
  }

  private boolean abandoned(JobExecution running) {
    JobExecution e = repository.getJobExecution(running.getId());
    LocalDateTime last = e.getLastUpdated() != null ? e.getLastUpdated() : e.getCreateTime();
    for (StepExecution s : e.getStepExecutions()) {
      if (s.getLastUpdated() != null && (last == null || s.getLastUpdated().isAfter(last))) {
        last = s.getLastUpdated();
      }
    }
    return last == null || last.isBefore(LocalDateTime.now().minus(staleAfter));
  }

  /** What a killed process leaves behind becomes FAILED, so the next start resumes it. */
  private void markFailed(JobExecution running) {
    JobExecution e = repository.getJobExecution(running.getId());
    log.warn("Duplicate detection job {} was abandoned by a stopped process: marking it failed"
        + " so that it resumes from its last checkpoint", e.getId());
    LocalDateTime now = LocalDateTime.now();
    for (StepExecution s : e.getStepExecutions()) {
      if (s.getStatus().isRunning()) {
        s.setStatus(BatchStatus.FAILED);
        s.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned by a stopped process"));
        s.setEndTime(now);
        repository.update(s);
      }
    }
    e.setStatus(BatchStatus.FAILED);
    e.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned by a stopped process"));
    e.setEndTime(now);
    repository.update(e);
  }

  private JobView view(JobExecution execution) {
    JobExecution e = repository.getJobExecution(execution.getId());
    return describe(e == null ? execution : e);
  }

  /** The execution as given: in {@code afterJob} the repository does not have its end yet. */
  private JobView describe(JobExecution e) {
    long instance = e.getJobInstance().getInstanceId();
    List<JobView.StepView> steps = new ArrayList<>();
    JobView.StepView score = null;
    long scoreRead = 0;
    long scoreWritten = 0;
    long scoreCommits = 0;
    String current = null;
    List<StepExecution> ordered = new ArrayList<>(e.getStepExecutions());
    ordered.sort(Comparator.comparingLong(StepExecution::getId));
    for (StepExecution s : ordered) {
      String name = s.getStepName();
      if (name.startsWith(JobKeys.STEP_SCORE_PART)) {
        scoreRead += s.getReadCount();
        scoreWritten += s.getWriteCount();
        scoreCommits += s.getCommitCount();
        continue;
      }
      if (s.getStatus().isRunning()) {
        current = name;
      }
      JobView.StepView v = new JobView.StepView(name, s.getStatus().name(), s.getReadCount(),
          s.getWriteCount(), s.getCommitCount(), millis(s.getStartTime(), s.getEndTime()));
      if (name.equals(JobKeys.STEP_SCORE)) {
        score = v;
      }
      steps.add(v);
    }
    if (score != null) {
      steps.set(steps.indexOf(score), new JobView.StepView(score.name(), score.status(),
          scoreRead, scoreWritten, scoreCommits, score.durationMillis()));
    }
    CandidatesSummary summary = CandidatesSummary.of(repository, e.getJobInstance());
    JobView.Progress p = null;
    if (e.isRunning() && current != null) {
      var phase = progress.of(e.getId());
      if (JobKeys.STEP_SCORE.equals(current)) {
        p = new JobView.Progress(current, scoreRead, summary.pairsToScore());
      } else if (phase.isPresent() && phase.get().step().equals(current)) {
        p = new JobView.Progress(current, phase.get().done(), phase.get().total());
      }
    }
    var numbers = store.numbers(instance).filter(n -> "DONE".equals(n.status()));
    JobView.Statistics stats = new JobView.Statistics(
        numbers.map(DedupJobStore.RunNumbers::runId).orElse(null),
        summary.mode(), summary.changedRecords(), summary.candidatePairs(),
        summary.pairsToScore(), summary.pairsReused(),
        numbers.map(DedupJobStore.RunNumbers::records).orElse(0L),
        numbers.map(DedupJobStore.RunNumbers::clusters).orElse(0L),
        numbers.map(DedupJobStore.RunNumbers::clustersNew).orElse(0L),
        numbers.map(DedupJobStore.RunNumbers::clustersChanged).orElse(0L),
        numbers.map(DedupJobStore.RunNumbers::clustersClosed).orElse(0L),
        numbers.map(DedupJobStore.RunNumbers::findings).orElse(0L));
    JobParameters params = e.getJobParameters();
    boolean restart = repository.getJobExecutions(e.getJobInstance()).stream()
        .anyMatch(other -> other.getId() < e.getId());
    String message = "";
    if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.ABANDONED) {
      message = firstLine(e.getExitStatus().getExitDescription());
      // The step that failed says why better than the job ("partition handler returned ...").
      for (StepExecution s : ordered) {
        if (s.getStatus() == BatchStatus.FAILED && !s.getStepName().equals(JobKeys.STEP_SCORE)) {
          String why = withoutExceptionName(rootCause(s.getExitStatus().getExitDescription()));
          if (!why.isEmpty()) {
            message = "step " + stepLabel(s.getStepName()) + ": " + why;
            break;
          }
        }
      }
    }
    return new JobView(e.getId(), instance, e.getStatus().name(),
        params.getString(JobKeys.PARAM_MODE, "incremental"),
        params.getString(JobKeys.PARAM_TRIGGER, ""), restart, instant(e.getStartTime()),
        instant(e.getEndTime()), millis(e.getStartTime(), e.getEndTime()), current, p, steps,
        stats, message);
  }

  /** The innermost "Caused by:" line of a stack trace, else its first line. */
  private static String rootCause(String trace) {
    if (trace == null) {
      return "";
    }
    int at = trace.lastIndexOf("Caused by: ");
    return at < 0 ? firstLine(trace) : firstLine(trace.substring(at + "Caused by: ".length()));
  }

  private static String stepLabel(String stepName) {
    return stepName.startsWith(JobKeys.STEP_SCORE_PART) ? JobKeys.STEP_SCORE : stepName;
  }

  /** "java.lang.IllegalStateException: what" → "what". */
  private static String withoutExceptionName(String line) {
    int colon = line.indexOf(": ");
    if (colon > 0 && line.substring(0, colon).matches("[\\w.$]+")) {
      return line.substring(colon + 2);
    }
    return line;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.atZone(ZoneId.systemDefault()).toInstant();
  }

  private static long millis(LocalDateTime start, LocalDateTime end) {
    if (start == null) {
      return 0;
    }
    return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis();
  }
}
