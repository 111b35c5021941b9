/** Formats shared by the reports of the command line and the API (CSV cells). */
package org.unioncat.api.report;
