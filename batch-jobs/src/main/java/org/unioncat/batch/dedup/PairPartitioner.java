package org.unioncat.batch.dedup;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the scoring into the slices the candidates step wrote ({@code dedup_job_pair.part}).
 * A partition carries only its slice number (the job instance comes with the job): the worker
 * reads its pairs and
 * their records from the database, so it can run in this process or on another machine
 * (remote partitioning) unchanged.
 */
final class PairPartitioner implements Partitioner {
  private final int partitions;

  PairPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, ExecutionContext> out = new HashMap<>();
    for (int i = 0; i < partitions; i++) {
      ExecutionContext ctx = new ExecutionContext();
      ctx.putInt(JobKeys.PART, i);
      out.put("partition" + i, ctx);
    }
    return out;
  }
}
