package org.unioncat.api.web.center;

import java.util.List;

/**
 * One cluster in the queue.
 *
 * @param clusterId the cluster (its lowest record id, stable across runs)
 * @param keepId the record to keep
 * @param title the kept record's title
 * @param size records in the cluster
 * @param lowestScore the least confident duplicate's score against the kept record
 * @param status OPEN, REJECTED or MERGED
 * @param causes the cause numbers named in the cluster, ascending
 * @param libraries the libraries with a record in it
 */
public record QueueRow(
    long clusterId, long keepId, String title, int size, double lowestScore, String status,
    List<Integer> causes, List<String> libraries) {}
