package org.unioncat.api.web.record;

/**
 * The labels of a record's description, in the order a cataloger reads them. Each has a message
 * key {@code label.<name>}.
 */
public enum DigestLabel {
  TITLE,
  RESPONSIBILITY,
  EDITION,
  PUBLISHER,
  DATE,
  ISBN,
  SERIES,
  EXTENT,
  CARRIER,
  LANGUAGE;

  public String messageKey() {
    return "label." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
