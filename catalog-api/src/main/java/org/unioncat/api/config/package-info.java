/**
 * Spring wiring of the plain-Java catalog components: data folder, stores, loader, upload
 * executor, Lucene index with its near-real-time refresher, duplicate detection, OpenAPI.
 */
package org.unioncat.api.config;
