package org.unioncat.api.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unioncat.api.check.CheckReport;

class CheckReportCsvTest {

  @Test
  void oneRowPerFindingAndPerDuplicateInThePageLanguage() {
    CheckReport report =
        new CheckReport(
            1, 1, 0, 1,
            List.of(
                new CheckReport.RecordCheck(
                    1, "b001", "Summer, land",
                    false,
                    List.of(new CheckReport.CheckedFinding("warning", "ISBN_SINGLE_FORM", "020$a",
                        "Only one ISBN form", "只有一种 ISBN 形式")),
                    List.of(new CheckReport.Duplicate(7, "LIBA", "11939876", "The summer land",
                        "duplicate", 0.998, 12, "title identical", "题名相同")))));
    assertThat(CheckReportCsv.write(report, Locale.ENGLISH))
        .isEqualTo(CheckReportCsv.HEADER + "\n"
            + "1,b001,\"Summer, land\",finding,warning,ISBN_SINGLE_FORM,020$a,,,Only one ISBN form\n"
            + "1,b001,\"Summer, land\",duplicate,duplicate,7,LIBA,0.998,12,title identical\n");
    assertThat(CheckReportCsv.write(report, Locale.SIMPLIFIED_CHINESE))
        .contains(",只有一种 ISBN 形式\n").contains(",题名相同\n");
  }
}
