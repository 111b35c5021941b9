/**
 * The field-by-field pair comparator: hard guards (editions, volumes, carriers, languages,
 * titles), scored evidence in English and Chinese, verdicts and causes 1-12. See docs/matching.md.
 */
package org.unioncat.dedup.compare;
