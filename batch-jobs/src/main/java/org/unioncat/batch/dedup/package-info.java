/**
 * The nightly {@code dedupJob}: steps around the plain-Java detector (changes, candidates, score
 * — partitioned —, cluster, reports), its working tables, and the test hook that fails a step at
 * a chosen point. See docs/dedup-job.md.
 */
package org.unioncat.batch.dedup;
