package org.unioncat.api.web.center;

import java.util.List;

/**
 * A page of the queue.
 *
 * @param runId the detection run shown, or null when none has run yet
 * @param total clusters matching the filter
 * @param rows this page's clusters
 * @param page this page, from 0
 * @param pages how many pages
 */
public record QueuePage(Long runId, long total, List<QueueRow> rows, int page, long pages) {}
