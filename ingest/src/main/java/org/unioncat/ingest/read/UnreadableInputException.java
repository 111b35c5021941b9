package org.unioncat.ingest.read;

import org.unioncat.error.UnionCatException;

/**
 * The input as a whole is not MARC in any container UnionCat reads (not ISO 2709, MARCXML or
 * MARC-in-JSON), so no record can be read from it. Damaged records inside a MARC file never
 * raise this: they come back as {@link ReadRecord}s with findings.
 *
 * <p>The message is written for the librarian who uploaded the file.
 */
public class UnreadableInputException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message, String messageZh) {
    super(message, messageZh);
  }

  public UnreadableInputException(String message, String messageZh, Throwable cause) {
    super(message, messageZh, cause);
  }

  @Override
  public String code() {
    return "UNREADABLE_INPUT";
  }
}
