/**
 * The nightly Spring Batch deduplication job and the per-library correction reports. (Arrives
 * with the nightly-job issue.)
 */
package org.unioncat.batch;
