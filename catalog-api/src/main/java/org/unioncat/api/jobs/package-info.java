/** The nightly job over HTTP: start a duplicate detection run, follow it, list runs. */
package org.unioncat.api.jobs;
