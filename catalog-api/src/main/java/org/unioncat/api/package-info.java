/**
 * The UnionCat service (Spring Boot): the application class; everything else lives in the feature
 * packages below.
 */
package org.unioncat.api;
