package org.unioncat.api.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.batch.report.CenterSummary;
import org.unioncat.batch.report.CorrectionReports;

/** Wires the plain-Java correction reports and the center's summary to Spring's data source. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  @Bean
  CorrectionReports correctionReports(DataSource dataSource) {
    return new CorrectionReports(dataSource);
  }

  @Bean
  CenterSummary centerSummary(DataSource dataSource) {
    return new CenterSummary(dataSource);
  }
}
