/**
 * Identifiers and codes other than the ISBN: system control numbers (035), the LCCN (MARC21 010),
 * language, leader codes, classification numbers (050/082/084; UNIMARC 676/680/686/690) and
 * cataloging sources (040; UNIMARC 801).
 *
 * <p>Rules, with the causes of {@code shared/docs/duplicate-causes.md} they serve: a shared system
 * number or LCCN is strong evidence that two records describe one book (causes 9, 12: the same
 * record downloaded twice keeps its OCLC number), so both are normalized to one spelling. Language,
 * type, level and class numbers rule out false matches (cause 10: a wrong record downloaded). The
 * encoding level and cataloging sources help pick the record to keep (full level, authoritative
 * source). MARC21 010 is the LCCN but UNIMARC 010 is the ISBN, so the LCCN is read from MARC21
 * only.
 */
package org.unioncat.ingest.normalize.identifier;
