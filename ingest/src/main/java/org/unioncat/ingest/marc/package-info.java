/**
 * UnionCat's own MARC record model: leader, control and data fields, subfields, flavour (MARC21,
 * UNIMARC/CNMARC) and source encoding, plus one tag table per flavour. Readers produce it;
 * validation, normalization and matching consume it. Values are always NFC Unicode.
 */
package org.unioncat.ingest.marc;
