/**
 * Streaming MARC writers for UnionCat's own {@link org.unioncat.ingest.marc.MarcRecord}: ISO 2709
 * in UTF-8 ({@link org.unioncat.ingest.write.Iso2709Writer}), MARCXML in the MARC21 slim
 * namespace ({@link org.unioncat.ingest.write.MarcXmlWriter}) and MARC-in-JSON
 * ({@link org.unioncat.ingest.write.MarcJsonWriter}). Each writes one record at a time to an
 * {@link java.io.OutputStream}; a record that cannot be written faithfully is refused with an
 * {@link org.unioncat.ingest.write.UnwritableRecordException} before any of its bytes are
 * written, so the output stays well formed and the caller may skip it and go on.
 */
package org.unioncat.ingest.write;
