/**
 * A detection run: keys, candidates, parallel comparison with unreliable ISBNs left out,
 * clustering, findings and statistics; deterministic for the same catalog.
 */
package org.unioncat.dedup.run;
