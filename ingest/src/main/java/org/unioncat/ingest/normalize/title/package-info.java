/**
 * Titles and part numbers.
 *
 * <p>Rules, with the causes of {@code shared/docs/duplicate-causes.md} they serve:
 *
 * <ul>
 *   <li>The title key is {@link org.unioncat.ingest.normalize.TextFolder#fold} of the title proper
 *       (245 $a / 200 $a, every repeated 200 $a joined) without non-filing characters: the MARC21
 *       245 second indicator (ignored when it would cut a word in two), the UNIMARC NSB/NSE markers
 *       (U+0088/U+0089, U+0098/U+009C, ESC H/ESC I). "&amp;" reads as "and"; spaces next to CJK
 *       characters are dropped, so "'96 中国发展报告" and "日本民俗·信仰" do not depend on stray spaces or
 *       middle dots. Causes 2, 4, 6, 12 (matching beyond the ISBN).
 *   <li>MARC21 records of Chinese books carry a romanized 245 and the characters in an 880 ($6
 *       245-nn): its key is kept as {@code altScriptKey} so they meet CNMARC records.
 *   <li>Parts (245 $n $p, 200 $h $i, or an unmistakable part at the end of 200 $a such as "第二卷" or
 *       "上册") are parsed into numbers; "下"/"下册" is "last part", not a number. Different parts are
 *       never duplicates (cause 3).
 *   <li>"REQUIRED FIELD" and similar placeholders, titles of punctuation only and missing titles
 *       are flagged, not keyed (cause 11).
 * </ul>
 */
package org.unioncat.ingest.normalize.title;
