package org.unioncat.api.web.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the monthly bar chart, computed here so the template only draws rectangles: one
 * group of bars per month, one bar per series, heights scaled to the largest figure.
 */
public final class MonthlyChart {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 200;
  static final int BASELINE = 170;
  static final int TOP = 20;

  /** One bar: its series index (for the colour), position, size and figure. */
  public record Bar(int series, int x, int y, int width, int height, long value, String month) {}

  /** A month's label under its group. */
  public record Label(int x, String month) {}

  private final List<Bar> bars;
  private final List<Label> labels;
  private final long max;

  private MonthlyChart(List<Bar> bars, List<Label> labels, long max) {
    this.bars = bars;
    this.labels = labels;
    this.max = max;
  }

  public static MonthlyChart of(List<LibraryReports.Month> months) {
    long max = 1;
    int series = 0;
    for (LibraryReports.Month m : months) {
      series = Math.max(series, m.series().size());
      for (long v : m.series()) {
        max = Math.max(max, v);
      }
    }
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    if (!months.isEmpty() && series > 0) {
      int group = (WIDTH - 40) / months.size();
      int barWidth = Math.max(2, (group - 8) / series);
      for (int i = 0; i < months.size(); i++) {
        LibraryReports.Month m = months.get(i);
        int x0 = 40 + i * group;
        labels.add(new Label(x0 + group / 2, m.month()));
        for (int s = 0; s < m.series().size(); s++) {
          long v = m.series().get(s);
          int h = (int) Math.round((double) v * (BASELINE - TOP) / max);
          bars.add(new Bar(s, x0 + 4 + s * barWidth, BASELINE - h, barWidth - 1, h, v, m.month()));
        }
      }
    }
    return new MonthlyChart(List.copyOf(bars), List.copyOf(labels), max);
  }

  public List<Bar> bars() {
    return bars;
  }

  public List<Label> labels() {
    return labels;
  }

  /** The largest figure, written at the top of the axis. */
  public long max() {
    return max;
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int baseline() {
    return BASELINE;
  }
}
