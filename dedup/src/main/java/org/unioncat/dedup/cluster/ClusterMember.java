package org.unioncat.dedup.cluster;

import java.util.Optional;
import org.unioncat.dedup.Cause;

/**
 * One record of a duplicate cluster, with why it is there and the exact fix.
 *
 * @param recordId the catalog record id
 * @param library the uploading library
 * @param localId the record's 001 in that library, or null
 * @param role keep, duplicate or finding
 * @param cause how the duplicate arose (empty for the kept record, or when the comparator named
 *     none)
 * @param score the comparison score against the kept record (1.0 for the kept record)
 * @param explanationEn the comparator's evidence against the kept record, in English
 * @param explanationZh the same in Chinese
 * @param actionEn the exact fix in English
 * @param actionZh the exact fix in Chinese
 */
public record ClusterMember(
    long recordId,
    String library,
    String localId,
    MemberRole role,
    Optional<Cause> cause,
    double score,
    String explanationEn,
    String explanationZh,
    String actionEn,
    String actionZh) {}
