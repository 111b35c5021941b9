/**
 * The unioncat command-line tool (picocli): file commands (validate, normalize, generate, eval)
 * run without Spring; catalog commands open the catalog through CatalogContext.
 */
package org.unioncat.api.cli;
