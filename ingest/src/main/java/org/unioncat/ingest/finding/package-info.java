/**
 * Findings: what reading and validation report about a record, with a stable code, a severity,
 * the record's position and a message in English and Chinese. A bad record is data, never an
 * exception.
 */
package org.unioncat.ingest.finding;
