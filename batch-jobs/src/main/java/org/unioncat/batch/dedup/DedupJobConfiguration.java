package org.unioncat.batch.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.database.support.MySqlPagingQueryProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.unioncat.batch.config.BatchInfrastructure;
import org.unioncat.batch.jobs.DedupJobScheduler;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.report.LibraryReportWriter;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.dedup.store.RunCarryOver;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.store.CatalogQueries;

/**
 * The nightly {@code dedupJob}: changes → candidates → score (partitioned) → cluster → reports.
 * Import it into an application that defines the catalog's beans ({@link DataSource},
 * {@link CatalogQueries}, {@link CatalogDedupRecords}, {@link DedupStore}, {@link Deduplicator};
 * optionally {@link CatalogIndex} and a {@link LibraryReportWriter}).
 *
 * <p>Settings: {@code unioncat.jobs.dedup.partitions} (slices of the scoring step, default 2 —
 * one per core), {@code unioncat.jobs.dedup.threads} (partitions scored at once here, default
 * the number of cores), {@code unioncat.jobs.dedup.chunk} (pairs per checkpoint, default 1000).
 */
@Configuration
@Import({BatchInfrastructure.class, DedupJobService.class, DedupJobScheduler.class})
public class DedupJobConfiguration {

  @Bean
  public JobFaults jobFaults(@Value("${unioncat.jobs.test.fail-at:}") String failAt) {
    return new JobFaults(failAt);
  }

  @Bean
  public JobProgress jobProgress() {
    return new JobProgress();
  }

  @Bean
  public DedupJobStore dedupJobStore(DataSource dataSource) {
    return new DedupJobStore(new JdbcTemplate(dataSource));
  }

  @Bean
  public Job dedupJob(
      JobRepository repository, Step changesStep, Step candidatesStep, Step scoreStep,
      Step clusterStep, Step reportsStep) {
    return new JobBuilder(JobKeys.JOB, repository)
        .start(changesStep)
        .next(candidatesStep)
        .next(scoreStep)
        .next(clusterStep)
        .next(reportsStep)
        .build();
  }

  @Bean
  public Step changesStep(
      JobRepository repository, PlatformTransactionManager tm, DedupJobStore store,
      CatalogQueries queries, ObjectProvider<CatalogIndex> index, JobFaults faults) {
    return new StepBuilder(JobKeys.STEP_CHANGES, repository)
        .tasklet(new ChangesTasklet(store, queries, Optional.ofNullable(index.getIfAvailable()),
            faults), tm)
        .build();
  }

  @Bean
  public Step candidatesStep(
      JobRepository repository, PlatformTransactionManager tm, CatalogDedupRecords records,
      Deduplicator deduplicator, DedupJobStore store, JobProgress progress, DataSource dataSource,
      @Value("${unioncat.jobs.dedup.partitions:2}") int partitions) {
    return new StepBuilder(JobKeys.STEP_CANDIDATES, repository)
        .tasklet(new CandidatesTasklet(records, deduplicator, store,
            new BlockKeyStore(new JdbcTemplate(dataSource)), repository, tm,
            Math.max(1, partitions), progress), tm)
        .build();
  }

  @Bean
  public Step scoreStep(
      JobRepository repository, Step scorePartitionStep,
      @Value("${unioncat.jobs.dedup.partitions:2}") int partitions,
      @Value("${unioncat.jobs.dedup.threads:0}") int threads) {
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("dedup-score-");
    executor.setConcurrencyLimit(
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    // The partition handler is the one part to replace for remote workers (a
    // MessageChannelPartitionHandler over a broker); the worker step stays as it is.
    return new StepBuilder(JobKeys.STEP_SCORE, repository)
        .partitioner(JobKeys.STEP_SCORE_PART, new PairPartitioner(Math.max(1, partitions)))
        .step(scorePartitionStep)
        .gridSize(Math.max(1, partitions))
        .taskExecutor(executor)
        .build();
  }

  @Bean
  public Step scorePartitionStep(
      JobRepository repository, PlatformTransactionManager tm,
      JdbcPagingItemReader<IdPair> pairReader, PairScoreWriter pairScoreWriter,
      @Value("${unioncat.jobs.dedup.chunk:1000}") int chunk) {
    return new StepBuilder(JobKeys.STEP_SCORE_PART, repository)
        .<IdPair, IdPair>chunk(chunk)
        .reader(pairReader)
        .writer(pairScoreWriter)
        .transactionManager(tm)
        .build();
  }

  /**
   * A partition's pairs in (first, second) order, a page at a time; restartable: its position
   * is saved with each chunk's checkpoint.
   */
  @Bean
  @StepScope
  public JdbcPagingItemReader<IdPair> pairReader(
      DataSource dataSource,
      @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instance,
      @Value("#{stepExecutionContext['part']}") Integer part,
      @Value("${unioncat.jobs.dedup.chunk:1000}") int chunk) throws Exception {
    MySqlPagingQueryProvider query = new MySqlPagingQueryProvider();
    query.setSelectClause("first_id, second_id");
    query.setFromClause("dedup_job_pair");
    query.setWhereClause("job_instance_id = :instance AND part = :part");
    Map<String, Order> sort = new LinkedHashMap<>();
    sort.put("first_id", Order.ASCENDING);
    sort.put("second_id", Order.ASCENDING);
    query.setSortKeys(sort);
    JdbcPagingItemReader<IdPair> reader = new JdbcPagingItemReaderBuilder<IdPair>()
        .name("pairs")
        .dataSource(dataSource)
        .queryProvider(query)
        .parameterValues(Map.of("instance", instance, "part", part))
        .rowMapper((rs, i) -> new IdPair(rs.getLong(1), rs.getLong(2)))
        .pageSize(chunk)
        .build();
    reader.afterPropertiesSet();
    return reader;
  }

  @Bean
  @StepScope
  public PairScoreWriter pairScoreWriter(
      @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instance,
      CatalogDedupRecords records, Deduplicator deduplicator, DedupJobStore store,
      JobFaults faults) {
    return new PairScoreWriter(instance, records,
        deduplicator.comparator(store.unreliableIsbns(instance)), store, faults);
  }

  @Bean
  public Step clusterStep(
      JobRepository repository, PlatformTransactionManager tm, CatalogDedupRecords records,
      Deduplicator deduplicator, DedupStore dedupStore, DedupJobStore store, JobFaults faults,
      JobProgress progress, DataSource dataSource) {
    return new StepBuilder(JobKeys.STEP_CLUSTER, repository)
        .tasklet(new ClusterTasklet(records, deduplicator, dedupStore, new RunCarryOver(dataSource),
            store, repository, tm, faults, progress), tm)
        .build();
  }

  @Bean
  public Step reportsStep(
      JobRepository repository, PlatformTransactionManager tm, DedupJobStore store,
      LibraryReportWriter writer, JobFaults faults, JobProgress progress) {
    return new StepBuilder(JobKeys.STEP_REPORTS, repository)
        .tasklet(new ReportsTasklet(store, writer, faults, progress, repository), tm)
        .build();
  }
}
