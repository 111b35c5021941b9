package org.unioncat.ingest.read;

import java.io.IOException;

/**
 * A compressed upload expands far more than MARC records do (a "zip bomb"), or beyond the largest
 * file the catalog reads: reading stops. An {@link IOException}, because it surfaces from a
 * stream read; it carries its message in English and Chinese like UnionCat's other errors.
 */
public final class ExpansionLimitException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String messageZh;

  ExpansionLimitException(String message, String messageZh) {
    super(message);
    this.messageZh = messageZh;
  }

  /** Stable code, as {@code UnionCatException#code()}. */
  public String code() {
    return "COMPRESSED_INPUT_TOO_LARGE";
  }

  public String messageZh() {
    return messageZh;
  }
}
