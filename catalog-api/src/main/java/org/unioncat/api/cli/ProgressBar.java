package org.unioncat.api.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr: file name (or phase), percentage of bytes read (or units
 * done), records (or other units) so far and rate.
 * Redraws at most five times a second; silent when disabled (output piped, or --no-progress).
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;
  private final String label;
  private final String unit;
  private final long total;
  private final boolean enabled;
  private final PrintStream err;
  private final long started = System.nanoTime();
  private long lastDraw;
  private long lastDone;
  private long lastRecords;

  private ProgressBar(String label, String unit, long total, boolean enabled, PrintStream err) {
    this.label = label;
    this.unit = unit;
    this.total = Math.max(total, 1);
    this.enabled = enabled;
    this.err = err;
  }

  static ProgressBar forFile(String label, long totalBytes, boolean enabled) {
    return new ProgressBar(label, "records", totalBytes, enabled, System.err);
  }

  /** A bar for one phase of a longer job: {@code total} units named {@code unit} ("pairs"). */
  static ProgressBar forPhase(String label, long total, String unit, boolean enabled) {
    return new ProgressBar(label, unit, total, enabled, System.err);
  }

  void update(long done, long records) {
    lastDone = done;
    lastRecords = records;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(done, records, now);
    }
  }

  private void draw(long done, long records, long now) {
    int percent = (int) Math.min(100, done * 100 / total);
    int filled = percent * WIDTH / 100;
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    err.printf(
        "\r%s [%s%s] %3d%%  %,d %s  %,.0f/s ",
        label, "=".repeat(filled), " ".repeat(WIDTH - filled), percent, records, unit,
        records / seconds);
    err.flush();
  }

  @Override
  public void close() {
    if (enabled) {
      draw(Math.max(lastDone, total), lastRecords, System.nanoTime());
      err.println();
    }
  }
}
