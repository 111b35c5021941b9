/**
 * Search and record pages: {@code /ui/search} over the catalog index and {@code /ui/records/{id}}
 * with the labelled view (the bibliographic description by label, MARC21 or CNMARC tags named)
 * and the MARC view (tag, indicators, subfields). {@link org.unioncat.api.web.record.RecordDigest}
 * is shared with the cluster page, which compares records label by label.
 */
package org.unioncat.api.web.record;
