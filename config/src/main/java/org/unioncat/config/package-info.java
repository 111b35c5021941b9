/**
 * Typed configuration shared by every module: member libraries and their holdings mappings,
 * (later) database, index location and match rules. Plain records with no framework
 * annotations, so that the plain-Java modules can use them and the Spring applications can bind
 * them from {@code application.yml} with {@code Binder.bindOrCreate("unioncat", ...)}.
 */
package org.unioncat.config;
