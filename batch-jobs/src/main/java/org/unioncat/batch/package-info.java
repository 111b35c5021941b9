/**
 * The nightly duplicate-detection job on Spring Batch: a thin shell of steps around the plain-Java
 * detector in the dedup module ({@code config}: the job repository; {@code dedup}: the job and
 * its steps; {@code report}: where per-library reports plug in; {@code jobs}: starting, watching
 * and scheduling runs).
 */
package org.unioncat.batch;
