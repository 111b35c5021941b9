package org.unioncat.error;

/** A request whose parameters are wrong: a bad library code, an unknown format, a bad query. */
public final class InvalidRequestException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message, String messageZh) {
    super(message, messageZh);
  }

  public InvalidRequestException(String message, String messageZh, Throwable cause) {
    super(message, messageZh, cause);
  }

  @Override
  public String code() {
    return "INVALID_REQUEST";
  }
}
