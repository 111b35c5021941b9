/**
 * Reviewing duplicate clusters over HTTP: the queue of the latest run's clusters, one cluster side
 * by side, merge and undo, and the decisions that persist across detection runs (reject a cluster
 * or a pair, split, choose the record to keep). The work is done by the plain-Java
 * {@code org.unioncat.dedup.merge} package; see docs/merge.md.
 */
package org.unioncat.api.review;
