package org.unioncat.ingest.normalize.title;

/**
 * The title of one record, normalized for display and for matching. Immutable and thread-safe.
 *
 * @param titleProper the title proper for display (245 $a / 200 $a), trailing ISBD punctuation
 *     removed; "" when missing
 * @param remainder other title information (245 $b / 200 $e), or null
 * @param key the matching key of the title proper: {@link org.unioncat.ingest.normalize.TextFolder}
 *     folded, non-filing characters dropped, "&amp;" read as "and", no spaces next to CJK
 *     characters; "" when missing
 * @param fullKey the key of title proper and remainder together; "" when missing
 * @param altScriptKey MARC21 only: the key of the 880 linked to the 245, so that a romanized
 *     Chinese record can be compared on its characters; null when there is none
 * @param part the volume or part ({@link PartInfo#NONE} when none)
 * @param responsibility the statement of responsibility (245 $c / 200 $f $g), or null
 * @param source where the title proper came from ("245$a", "200$a"), or null when missing
 * @param placeholder the title is a placeholder a client wrote for an empty field ("REQUIRED
 *     FIELD", "[no title]", "无题名"; cause 11)
 * @param punctuationOnly the title proper has text but no letter or digit
 * @param missing the record has no title field or an empty title proper (cause 11)
 */
public record TitleInfo(
    String titleProper,
    String remainder,
    String key,
    String fullKey,
    String altScriptKey,
    PartInfo part,
    String responsibility,
    String source,
    boolean placeholder,
    boolean punctuationOnly,
    boolean missing) {

  public TitleInfo {
    titleProper = titleProper == null ? "" : titleProper;
    key = key == null ? "" : key;
    fullKey = fullKey == null ? "" : fullKey;
    part = part == null ? PartInfo.NONE : part;
  }

  /** A record with no title at all. */
  static TitleInfo absent() {
    return new TitleInfo("", null, "", "", null, PartInfo.NONE, null, null, false, false, true);
  }

  /**
   * Whether the title can be used for matching: present, not a placeholder, not punctuation, not
   * garbled by a wrong character set.
   */
  public boolean usable() {
    return !missing && !placeholder && !punctuationOnly && !key.isEmpty() && !garbled();
  }

  /**
   * Whether the title proper is mojibake: GBK, Big5 or UTF-8 bytes read with a Western single-byte
   * character set, undecodable bytes (U+FFFD), or "???" written for characters a client could not
   * encode (cause 11, wrong character set on download). Derived from {@link #titleProper}, so
   * stored records get it without a new column.
   */
  public boolean garbled() {
    return GarbledText.isGarbled(titleProper);
  }
}
