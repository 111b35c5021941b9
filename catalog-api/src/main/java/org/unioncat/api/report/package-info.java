/**
 * The correction reports over HTTP: each library's latest report in CSV, Excel, HTML or JSON,
 * the libraries' marks on rows, and the center's summary and trends.
 */
package org.unioncat.api.report;
