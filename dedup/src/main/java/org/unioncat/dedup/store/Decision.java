package org.unioncat.dedup.store;

import java.time.Instant;
import org.unioncat.dedup.candidate.IdPair;

/**
 * A reviewer's decision that two records are not duplicates: the detector never puts them in one
 * cluster again.
 *
 * @param pair the two records
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record Decision(IdPair pair, String decidedBy, Instant decidedAt) {}
