package org.unioncat.batch.config;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.batch.infrastructure.item.database.support.DataFieldMaxValueIncrementerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch with its job repository in the catalog database, tables made by Flyway
 * ({@code V2026_11_23_1410}). Replaces Boot's batch configuration for two reasons: ids come from
 * one-row tables on every database (so one migration script serves MySQL/MariaDB and H2, where
 * Batch would otherwise expect real sequences), and jobs are launched on a thread of their own
 * (a start from the API or the scheduler returns at once with the new execution).
 */
@Configuration
public class BatchInfrastructure extends JdbcDefaultBatchConfiguration {
  private final DataSource dataSource;
  private final PlatformTransactionManager transactionManager;

  public BatchInfrastructure(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.dataSource = dataSource;
    this.transactionManager = transactionManager;
  }

  @Override
  protected DataSource getDataSource() {
    return dataSource;
  }

  @Override
  protected PlatformTransactionManager getTransactionManager() {
    return transactionManager;
  }

  @Override
  protected DataFieldMaxValueIncrementerFactory getIncrementerFactory() {
    return new DataFieldMaxValueIncrementerFactory() {
      @Override
      public org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer getIncrementer(
          String databaseType, String incrementerName) {
        return new TableIncrementer(dataSource, incrementerName);
      }

      @Override
      public boolean isSupportedIncrementerType(String databaseType) {
        return true;
      }

      @Override
      public String[] getSupportedIncrementerTypes() {
        return new String[] {"MYSQL", "MARIADB", "H2"};
      }
    };
  }

  @Override
  protected TaskExecutor getTaskExecutor() {
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("dedup-job-");
    executor.setConcurrencyLimit(2);
    return executor;
  }
}
