package org.unioncat.audit;

import java.sql.Connection;

/**
 * Where audit entries go. Implementations write to the catalog database's audit table; callers
 * that change the catalog pass their own connection so the entry commits or rolls back with the
 * change it describes.
 */
public interface AuditTrail {
  /** Appends an entry inside the caller's transaction. */
  void record(Connection connection, AuditEvent event);

  /** Appends an entry in a transaction of its own (for events with no catalog change of their own). */
  void record(AuditEvent event);
}
