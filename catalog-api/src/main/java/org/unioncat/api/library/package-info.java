/**
 * Member libraries over HTTP: list, show, register (with holdings mappings and codes), and each
 * library's records.
 */
package org.unioncat.api.library;
