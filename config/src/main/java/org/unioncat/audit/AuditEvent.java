package org.unioncat.audit;

import java.util.Objects;

/**
 * One entry of the audit log: who did what to which thing. {@code detail} is free JSON (for a
 * merge: the before and after state, enough to explain it to a person; undo keeps its own exact
 * snapshot).
 *
 * @param actor the user or API key name, or {@code "cli:<os user>"} for the operator's tool
 * @param action a stable upper-case verb, e.g. {@code UPLOAD}, {@code MERGE}, {@code UNDO_MERGE},
 *     {@code REJECT}, {@code SPLIT}, {@code CHOOSE_KEEP}, {@code USER_CREATE}
 * @param target what was acted on, e.g. {@code cluster:42}, {@code batch:7}, {@code user:alice}
 * @param library the member library concerned, or null when none
 * @param detail JSON text, or null
 */
public record AuditEvent(String actor, String action, String target, String library, String detail) {
  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
  }
}
