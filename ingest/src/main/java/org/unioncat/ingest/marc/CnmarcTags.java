package org.unioncat.ingest.marc;

/**
 * CNMARC / UNIMARC bibliographic tags that UnionCat reads. CNMARC is China's UNIMARC profile,
 * so one table serves both.
 */
public final class CnmarcTags {
  public static final String CONTROL_NUMBER = "001";
  public static final String ISBN = "010";
  public static final String SYSTEM_NUMBER = "035";
  public static final String GENERAL_PROCESSING = "100";
  public static final String LANGUAGE = "101";
  public static final String TITLE = "200";
  public static final String EDITION = "205";
  public static final String PUBLICATION = "210";
  public static final String EXTENT = "215";
  public static final String SERIES = "225";
  public static final String GENERAL_NOTE = "300";
  public static final String EDITION_HISTORY_NOTE = "305";
  public static final String SERIES_LINK = "410";
  public static final String SET_LINK = "461";
  public static final String PIECE_LINK = "462";
  public static final String DEWEY_CLASS = "676";
  public static final String LC_CLASS = "680";
  public static final String OTHER_CLASS = "686";
  public static final String CLC_CLASS = "690";
  /** Personal name, primary responsibility (the UNIMARC main entry; not repeatable). */
  public static final String PERSONAL_NAME_MAIN = "700";
  public static final String PERSONAL_NAME_PRIMARY = "701";
  public static final String PERSONAL_NAME_SECONDARY = "702";
  /** Corporate name, primary responsibility (the UNIMARC main entry; not repeatable). */
  public static final String CORPORATE_NAME_MAIN = "710";
  public static final String CORPORATE_NAME_PRIMARY = "711";
  public static final String CORPORATE_NAME_SECONDARY = "712";
  public static final String ORIGINATING_SOURCE = "801";
  public static final String HOLDINGS = "905";

  private CnmarcTags() {}
}
