package org.unioncat.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.StoreException;

/**
 * The correction reports of a duplicate detection run: built once per run for every member
 * library ({@link #writeForRun}, the nightly job's report step), read back in any format
 * ({@link #write}).
 *
 * <p>Building is idempotent: each library's rows of the run are deleted and inserted again in one
 * transaction, so building a run twice leaves the same rows, and a build that died half-way is
 * finished by building again. Rows stream from the run's tables to the insert batches, so memory
 * does not grow with the catalog.
 */
public final class CorrectionReports implements LibraryReportWriter {
  private final DataSource dataSource;
  private final CorrectionStore store;
  private final LibraryStore libraries;

  public CorrectionReports(DataSource dataSource) {
    this.dataSource = dataSource;
    this.store = new CorrectionStore(dataSource);
    this.libraries = new LibraryStore(dataSource);
  }

  public CorrectionStore store() {
    return store;
  }

  /** What a build stored. */
  public record BuildResult(long runId, int libraries, long rows, int carriedOver) {}

  /**
   * Builds and stores every member library's report rows for a DONE run, replacing any rows the
   * run had. Tells {@code progress} of phase "reports" (libraries done of all).
   *
   * @throws NotFoundException when the run does not exist or is not DONE
   */
  public BuildResult writeForRun(long dedupRunId, ProgressListener progress) {
    return writeForRun(dedupRunId, false, progress);
  }

  /**
   * As {@link #writeForRun(long, ProgressListener)}; with {@code carryOverUnchanged}, a library's
   * rows are copied from the previous run with built reports when nothing they are built from
   * changed ({@link ReportCarryOver}), and built only for the other libraries.
   */
  public synchronized BuildResult writeForRun(
      long dedupRunId, boolean carryOverUnchanged, ProgressListener progress) {
    requireDone(dedupRunId);
    store.startBuild(dedupRunId);
    List<MemberLibrary> all = libraries.findAll();
    Optional<ReportCarryOver> carry =
        carryOverUnchanged ? ReportCarryOver.find(dataSource, dedupRunId) : Optional.empty();
    long rows = 0;
    int done = 0;
    int carried = 0;
    progress.progress("reports", 0, all.size());
    try (Connection read = dataSource.getConnection();
        Connection write = dataSource.getConnection()) {
      for (MemberLibrary library : all) {
        String code = library.code().value();
        if (carry.isPresent() && carry.get().unchanged(code, library.id())) {
          rows += store.carryRows(write, carry.get().fromRunId(), dedupRunId, code);
          carried++;
        } else {
          rows += store.replaceRows(read, write, dedupRunId, code, library.id(),
              new CorrectionRowLoader(dedupRunId, code, library.id()));
        }
        progress.progress("reports", ++done, all.size());
      }
    } catch (SQLException e) {
      throw new StoreException("building the correction reports of run " + dedupRunId, e);
    }
    store.finishBuild(dedupRunId, all.size(), rows);
    return new BuildResult(dedupRunId, all.size(), rows, carried);
  }

  /** Step 4 of the nightly job: {@link #writeForRun}. */
  @Override
  public void writeReports(long dedupRunId, ProgressListener progress) {
    writeForRun(dedupRunId, progress);
  }

  /** Step 4 of the nightly job, unchanged libraries' rows carried over when asked. */
  @Override
  public int writeReports(
      long dedupRunId, boolean carryOverUnchanged, ProgressListener progress) {
    BuildResult built = writeForRun(dedupRunId, carryOverUnchanged, progress);
    return built.libraries() - built.carriedOver();
  }

  /** Builds a run's reports unless they are built already (a run made by {@code unioncat dedup}). */
  public void ensureBuilt(long runId) {
    if (!store.isBuilt(runId)) {
      synchronized (this) {
        if (!store.isBuilt(runId)) {
          writeForRun(runId, ProgressListener.NONE);
        }
      }
    }
  }

  /** The latest DONE duplicate detection run's id, if any. */
  public Optional<Long> latestRun() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM dedup_run WHERE status = 'DONE' ORDER BY id DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new StoreException("reading the latest duplicate detection run", e);
    }
  }

  /**
   * The run to report on: {@code runId} if given (it must be DONE), else the latest DONE run;
   * its reports are built first if they are not yet.
   *
   * @throws NotFoundException when there is no such run
   */
  public long resolveRun(Long runId) {
    long id;
    if (runId == null) {
      id = latestRun().orElseThrow(() -> new NotFoundException(
          "There is no finished duplicate detection run yet, so no report: run the nightly job"
              + " or 'unioncat dedup' first.",
          "还没有完成的查重批次，因此没有报告：请先运行夜间作业或 unioncat dedup。"));
    } else {
      id = runId;
    }
    requireDone(id);
    ensureBuilt(id);
    return id;
  }

  /** The header of a library's report (language: {@code lang}, or the library's setting). */
  public ReportHeader header(MemberLibrary library, long runId, ReportLanguage lang) {
    ReportLanguage l = lang != null ? lang : ReportLanguage.of(library.settings().reportLanguage());
    return new ReportHeader(library.code().value(), library.settings().name(), runId,
        finishedAt(runId), l);
  }

  /** Writes a library's report of a built run to {@code out} (not closed). */
  public void write(ReportHeader header, ReportFormat format, OutputStream out) {
    ReportWriter writer = format.writer(out);
    try {
      writer.begin(header);
      store.rows(header.runId(), header.library(), row -> {
        try {
          writer.row(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Instant finishedAt(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT finished_at FROM dedup_run WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Timestamp t = rs.getTimestamp(1);
        return t == null ? null : t.toInstant();
      }
    } catch (SQLException e) {
      throw new StoreException("reading duplicate detection run " + runId, e);
    }
  }

  private void requireDone(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT status FROM dedup_run WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException(
              "There is no duplicate detection run " + runId + ".",
              "没有编号为 " + runId + " 的查重批次。");
        }
        if (!"DONE".equals(rs.getString(1))) {
          throw new NotFoundException(
              "Duplicate detection run " + runId + " is " + rs.getString(1)
                  + ", not finished: only finished runs have reports.",
              "查重批次 " + runId + " 状态为 " + rs.getString(1) + "，尚未完成：只有完成的批次才有报告。");
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading duplicate detection run " + runId, e);
    }
  }
}
