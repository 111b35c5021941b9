/**
 * Clusters from compared pairs without chaining across CANNOT_LINK pairs or rejected pairs;
 * members with roles, causes, explanations and actions; findings.
 */
package org.unioncat.dedup.cluster;
