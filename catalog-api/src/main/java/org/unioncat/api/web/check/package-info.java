/**
 * The vendor's check page ({@code /ui/check}): upload a file, see each record's findings and the
 * catalog records it would duplicate, download the report as CSV. Nothing is stored in the
 * catalog; the last reports are kept in memory for a while so the page can be reloaded and the
 * report downloaded (POST, then redirect to the report's own address).
 */
package org.unioncat.api.web.check;
