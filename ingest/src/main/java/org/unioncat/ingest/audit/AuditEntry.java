package org.unioncat.ingest.audit;

import java.time.Instant;
import org.unioncat.audit.AuditEvent;

/** A stored audit event with its id and time. */
public record AuditEntry(long id, Instant occurredAt, AuditEvent event) {}
