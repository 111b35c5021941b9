package org.unioncat.batch.jobs;

import org.unioncat.error.UnionCatException;

/** A run was asked for while another is in progress (the API answers 409). */
public final class JobAlreadyRunningException extends UnionCatException {
  private static final long serialVersionUID = 1L;
  private final long runningId;

  public JobAlreadyRunningException(long runningId) {
    super(
        "Duplicate detection is already running (job " + runningId + "); only one run at a"
            + " time. Follow it with GET /api/jobs/" + runningId + " or `unioncat jobs "
            + runningId + "`, and start again when it has finished.",
        "查重作业正在运行（作业 " + runningId + "），同一时间只能运行一个。可通过 GET /api/jobs/"
            + runningId + " 或 `unioncat jobs " + runningId + "` 查看进度，结束后再启动。");
    this.runningId = runningId;
  }

  public long runningId() {
    return runningId;
  }

  @Override
  public String code() {
    return "JOB_ALREADY_RUNNING";
  }
}
