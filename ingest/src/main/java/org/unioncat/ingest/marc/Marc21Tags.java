package org.unioncat.ingest.marc;

/** MARC21 bibliographic tags that UnionCat reads. Logic names these, never literals. */
public final class Marc21Tags {
  public static final String CONTROL_NUMBER = "001";
  public static final String CONTROL_NUMBER_ID = "003";
  public static final String FIXED_DATA = "008";
  public static final String LCCN = "010";
  public static final String ISBN = "020";
  public static final String SYSTEM_NUMBER = "035";
  public static final String CATALOGING_SOURCE = "040";
  public static final String LANGUAGE = "041";
  public static final String LC_CLASS = "050";
  public static final String DEWEY_CLASS = "082";
  public static final String OTHER_CLASS = "084";
  public static final String MAIN_PERSONAL_NAME = "100";
  public static final String MAIN_CORPORATE_NAME = "110";
  public static final String MAIN_MEETING_NAME = "111";
  public static final String UNIFORM_TITLE = "240";
  public static final String TITLE = "245";
  public static final String EDITION = "250";
  public static final String IMPRINT = "260";
  public static final String PRODUCTION_PUBLICATION = "264";
  public static final String EXTENT = "300";
  public static final String MEDIA_TYPE = "337";
  public static final String CARRIER_TYPE = "338";
  public static final String SERIES_OLD = "440";
  public static final String SERIES_STATEMENT = "490";
  public static final String GENERAL_NOTE = "500";
  public static final String CONTENTS_NOTE = "505";
  public static final String ORIGINAL_VERSION_NOTE = "534";
  public static final String ADDED_PERSONAL_NAME = "700";
  public static final String ADDED_CORPORATE_NAME = "710";
  public static final String ADDED_MEETING_NAME = "711";
  public static final String SERIES_PERSONAL_NAME = "800";
  public static final String SERIES_UNIFORM_TITLE = "830";
  public static final String LOCATION = "852";
  public static final String ALTERNATE_GRAPHIC = "880";

  private Marc21Tags() {}
}
