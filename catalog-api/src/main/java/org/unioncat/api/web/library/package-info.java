/**
 * The library's page ({@code /ui/libraries/{code}}): its latest correction report, each item
 * with "fixed" and "dispute" buttons, and its monthly statistics with a small inline SVG chart.
 * The data comes through {@link org.unioncat.api.web.library.LibraryReports}, so the page does
 * not depend on which service produces the reports.
 */
package org.unioncat.api.web.library;
