/**
 * Starting, watching and scheduling the nightly job: one run at a time, restart of a failed run
 * from its last checkpoint, progress and statistics for the API and the CLI.
 */
package org.unioncat.batch.jobs;
