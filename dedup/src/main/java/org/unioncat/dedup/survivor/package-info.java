/**
 * The record to keep in a cluster (holdings, completeness, encoding level, authoritative source,
 * majority flavour, lowest id) and the action text for each member.
 */
package org.unioncat.dedup.survivor;
