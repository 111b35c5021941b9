/**
 * The center's review pages: the queue of duplicate clusters from the latest detection run
 * ({@code /ui/center/clusters}, filtered by cause, library, uploader, score and status, sorted
 * lowest confidence first by default because a false merge costs more than a missed one) and one
 * cluster side by side ({@code /ui/center/clusters/{id}}) with its merge, reject, split, keep and
 * undo forms. The decisions go through {@link org.unioncat.api.web.center.ClusterDecisions}, so
 * the page does not care which service carries them out.
 */
package org.unioncat.api.web.center;
