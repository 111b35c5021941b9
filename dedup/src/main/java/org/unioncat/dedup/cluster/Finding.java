package org.unioncat.dedup.cluster;

import java.util.Optional;
import org.unioncat.dedup.Cause;

/**
 * A record the center must look at that is not (only) a merge: set vs volume records (cause 3), a
 * stale or mis-dated edition (5, 7), a wrong record (10), a record with no usable title (11), the
 * same library holding one book under two call numbers (12).
 *
 * @param recordId the record concerned
 * @param library its uploading library (reports go back to it)
 * @param localId its 001, or null
 * @param cause the finding's cause
 * @param relatedRecordId the record it was found against, if any
 * @param detailEn what was found (the comparator's evidence where there is one), in English
 * @param detailZh the same in Chinese
 * @param actionEn the fix in English
 * @param actionZh the fix in Chinese
 */
public record Finding(
    long recordId,
    String library,
    String localId,
    Cause cause,
    Optional<Long> relatedRecordId,
    String detailEn,
    String detailZh,
    String actionEn,
    String actionZh) {}
