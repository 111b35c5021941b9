package org.unioncat.api.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyChartTest {

  @Test
  void barsAreScaledToTheLargestFigureAndStandOnTheBaseline() {
    MonthlyChart chart =
        MonthlyChart.of(
            List.of(
                new LibraryReports.Month("2026-10", List.of(100L, 10L, 0L)),
                new LibraryReports.Month("2026-11", List.of(50L, 0L, 25L))));
    assertThat(chart.max()).isEqualTo(100);
    assertThat(chart.bars()).hasSize(6);
    MonthlyChart.Bar tallest = chart.bars().get(0);
    assertThat(tallest.height()).isEqualTo(MonthlyChart.BASELINE - MonthlyChart.TOP);
    assertThat(tallest.y()).isEqualTo(MonthlyChart.TOP);
    assertThat(chart.bars().get(3).height()).isEqualTo(75);
    assertThat(chart.bars().get(5).height()).isEqualTo(38);
    for (MonthlyChart.Bar b : chart.bars()) {
      assertThat(b.y() + b.height()).isEqualTo(MonthlyChart.BASELINE);
      assertThat(b.x() + b.width()).isLessThanOrEqualTo(MonthlyChart.WIDTH);
    }
    assertThat(chart.labels()).extracting(MonthlyChart.Label::month).containsExactly("2026-10", "2026-11");
  }

  @Test
  void noMonthsNoBars() {
    MonthlyChart chart = MonthlyChart.of(List.of());
    assertThat(chart.bars()).isEmpty();
    assertThat(chart.max()).isEqualTo(1);
  }
}
