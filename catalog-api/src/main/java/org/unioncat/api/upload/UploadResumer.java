package org.unioncat.api.upload;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * At service start, resumes uploads a stopped service left unfinished. Off for the command-line
 * tool, which opens the catalog briefly and must not start background work it will not wait for.
 */
@Component
@ConditionalOnProperty(name = "unioncat.resume-uploads", havingValue = "true", matchIfMissing = true)
class UploadResumer implements ApplicationRunner {
  private final UploadService uploads;

  UploadResumer(UploadService uploads) {
    this.uploads = uploads;
  }

  @Override
  public void run(ApplicationArguments args) {
    uploads.resumeUnfinished();
  }
}
