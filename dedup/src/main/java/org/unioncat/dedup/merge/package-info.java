/**
 * Reviewing duplicate clusters: merging a cluster into the record to keep and undoing it exactly
 * ({@link org.unioncat.dedup.merge.ClusterMerger}), reviewers' decisions that persist across
 * detection runs ({@link org.unioncat.dedup.merge.ReviewDecisions}) and the review queue
 * ({@link org.unioncat.dedup.merge.ReviewQueue}). Plain JDBC, one transaction and one audit entry
 * per operation; see docs/merge.md.
 */
package org.unioncat.dedup.merge;
