/**
 * Records over HTTP: search through the Lucene index, and one record in JSON (labelled view with
 * normalized keys and holdings), MARCXML, MARC-in-JSON, ISO 2709 or its raw bytes.
 */
package org.unioncat.api.record;
