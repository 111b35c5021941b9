package org.unioncat.ingest.read;

/**
 * The input as a whole is not MARC in any container UnionCat reads (not ISO 2709, MARCXML or
 * MARC-in-JSON), so no record can be read from it. Damaged records inside a MARC file never
 * raise this: they come back as {@link ReadRecord}s with findings.
 *
 * <p>The message is written for the librarian who uploaded the file.
 */
public class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
