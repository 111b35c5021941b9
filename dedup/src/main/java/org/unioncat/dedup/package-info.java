/**
 * Duplicate detection over the normalized catalog: blocking keys, candidate pairs, field-by-field
 * comparison, clusters with a cause per member, and the record to keep. Plain Java, no Spring, so
 * the nightly job and the pre-upload check use it in-process. (Arrives with the dedup issue.)
 */
package org.unioncat.dedup;
