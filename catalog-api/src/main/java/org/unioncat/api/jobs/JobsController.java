package org.unioncat.api.jobs;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;

/**
 * Runs of the nightly duplicate detection job. Starting one is the consortium center's
 * (the role check arrives with security); following runs is open to the same users as the rest of
 * the API.
 */
@RestController
@RequestMapping("/api/jobs")
class JobsController {
  private static final Logger log = LoggerFactory.getLogger(JobsController.class);
  private final DedupJobService jobs;

  JobsController(DedupJobService jobs) {
    this.jobs = jobs;
  }

  /**
   * Starts a run now (202 with the run; 409 while another runs). A start after a failed run
   * resumes that run from its last checkpoint.
   *
   * @param mode {@code incremental} (default) or {@code full}
   */
  @PostMapping("/dedup")
  ResponseEntity<JobView> startDedup(
      @RequestParam(value = "mode", defaultValue = "incremental") String mode,
      Principal principal) {
    String user = principal == null ? "anonymous" : principal.getName();
    JobView started = jobs.start(mode, "api", user);
    log.info("Duplicate detection job {} started by {} ({})", started.id(), user, mode);
    return ResponseEntity.accepted().location(URI.create("/api/jobs/" + started.id())).body(started);
  }

  /** The latest runs, newest first. */
  @GetMapping
  List<JobView> list(@RequestParam(value = "limit", defaultValue = "20") int limit) {
    return jobs.list(Math.max(1, Math.min(limit, 200)));
  }

  /** One run: status, current step and its progress, per-step counts, statistics. */
  @GetMapping("/{id}")
  JobView show(@PathVariable long id) {
    return jobs.get(id);
  }
}
