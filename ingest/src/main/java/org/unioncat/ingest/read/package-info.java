/**
 * Reading uploads: ISO 2709 (MARC-8, UTF-8, GBK/GB 18030), MARCXML and MARC-in-JSON, MARC21 and
 * CNMARC, detected from content. Streams in bounded memory, keeps each record's raw bytes, ordinal
 * and byte offset, and recovers from damaged records at the next record terminator.
 */
package org.unioncat.ingest.read;
