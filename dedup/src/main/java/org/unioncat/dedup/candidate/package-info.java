/**
 * Blocking: independent keys per record (ISBN, system numbers, title + year, title + author, 880
 * title, fuzzy) and candidate pairs with capped, reported oversized blocks. See docs/dedup-
 * engine.md.
 */
package org.unioncat.dedup.candidate;
