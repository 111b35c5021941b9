/**
 * Uploads over HTTP: streamed to disk, loaded in the background by the batch loader, resumed after
 * a restart; status, validation report (JSON/CSV) and quarantine.
 */
package org.unioncat.api.upload;
