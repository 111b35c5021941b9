/** The audit log in the catalog database: {@link org.unioncat.audit.AuditTrail} over JDBC. */
package org.unioncat.ingest.audit;
