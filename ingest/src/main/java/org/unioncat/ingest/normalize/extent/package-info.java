/**
 * Extent: pages, volumes and preliminary pages from MARC21 300$a and UNIMARC/CNMARC 215$a.
 *
 * <p>Why: a reprint's page count may differ a little from the original printing's (cause 6),
 * while a different volume count says set-level versus volume-level cataloging (cause 3) and
 * must never be merged blindly. The matcher compares these numbers with a tolerance; this package
 * only reads them.
 *
 * <p>Rules: {@code pages} is the largest unbracketed Arabic number of the pagination ("xii, 345
 * p." gives 345; "[8], 345, [2] p." gives 345; "10, 374页" gives 374), because the main sequence
 * is what stays comparable between printings; {@code prelimPages} is the sum of the Roman-numbered
 * sequences ("xii" = 12); {@code volumes} comes from "2 v.", "3 vols.", "2册", "上下册" (2),
 * "上中下册" (3). When the pagination is inside parentheses after a carrier ("1 online resource
 * (xii, 345 pages)", "在线资源(393页)") it is read there. Carriers without pages ("1 sound disc")
 * give nulls.
 */
package org.unioncat.ingest.normalize.extent;
