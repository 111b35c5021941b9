package org.unioncat.dedup;

/**
 * The twelve reasons a union catalog fills up with duplicates, numbered as in the consortium's
 * own list ({@code ../shared/docs/duplicate-causes.md}). Every cluster member and every finding
 * names one, so reports can say why and the center can count by cause.
 */
public enum Cause {
  ISBN_FORMS(1, "ISBN-10 in one record, ISBN-13 in the other", "一条记录著录 ISBN-10，另一条著录 ISBN-13", false),
  BINDING(2, "hardcover and paperback of the same book", "同一种书的精装本与平装本", false),
  MULTI_VOLUME(3, "multi-volume set cataloged inconsistently", "多卷书著录不一致", true),
  AUTHOR_FORM(4, "authorized and unauthorized author heading", "责任者规范形式与非规范形式", false),
  STALE_EDITION(5, "record copied from another edition with stale fields", "由其他版次复制而来、字段未更新的记录", true),
  REPRINT(6, "reprint (new printing) cataloged as a new record", "重印本（新印次）被著录为新记录", false),
  EDITION_DATE_CONFUSED(7, "new edition still carrying the old edition's date", "新版次仍沿用旧版次的出版年", true),
  SERIES_IN_NOTE(8, "series in the series field in one record, in a note in the other", "丛书一条著录在丛书项，另一条著录在附注", false),
  EMPTY_DOWNLOAD(9, "the same record downloaded again without holdings", "同一记录被重复下载且无馆藏", false),
  WRONG_RECORD(10, "a wrong record downloaded by mistake", "误下载了错误的记录", true),
  NO_TITLE(11, "record without a title", "无题名记录", true),
  NO_CHECK(12, "duplicate made with no duplicate check (identical record, or same library twice)", "未查重造成的重复（记录完全相同或同馆重复）", false);

  private final int number;
  private final String nameEn;
  private final String nameZh;
  private final boolean findingOnly;

  Cause(int number, String nameEn, String nameZh, boolean findingOnly) {
    this.number = number;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.findingOnly = findingOnly;
  }

  /** The cause's number in the consortium's list, 1-12. */
  public int number() {
    return number;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  /**
   * True when the correct outcome is a finding for the center, never a merge (causes 3, 5, 7, 10,
   * 11).
   */
  public boolean findingOnly() {
    return findingOnly;
  }

  public static Cause ofNumber(int number) {
    for (Cause c : values()) {
      if (c.number == number) {
        return c;
      }
    }
    throw new IllegalArgumentException("no cause " + number + "; causes are numbered 1-12");
  }
}
