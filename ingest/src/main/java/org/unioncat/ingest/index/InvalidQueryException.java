package org.unioncat.ingest.index;

import org.unioncat.error.UnionCatException;

/**
 * A search the index refuses: a syntax error, an unknown field, a query over the size limits, or
 * a page beyond the paging limits. The message tells a librarian what to change, in English
 * ({@link #getMessage()}) and Chinese ({@link #messageZh()}); no Lucene exception escapes the
 * index for a bad query.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidQueryException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, String messageZh) {
    super(message, messageZh);
  }

  public InvalidQueryException(String message, String messageZh, Throwable cause) {
    super(message, messageZh, cause);
  }

  @Override
  public String code() {
    return "INVALID_QUERY";
  }
}
