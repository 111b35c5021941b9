package org.unioncat.error;

/**
 * The root of UnionCat's exceptions: a failed request or job, never a bad record (a bad record is
 * data: a finding). Each subclass names one situation, carries its context, a stable code that
 * APIs and scripts can test, and its message in English ({@link #getMessage()}) and Chinese
 * ({@link #messageZh()}), written for librarians.
 *
 * <p>It lives in {@code config}, the one module every other module depends on.
 */
public abstract class UnionCatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageZh;

  protected UnionCatException(String message, String messageZh) {
    this(message, messageZh, null);
  }

  protected UnionCatException(String message, String messageZh, Throwable cause) {
    super(message, cause);
    this.messageZh = messageZh == null ? message : messageZh;
  }

  /** Stable, upper-case code such as {@code UNKNOWN_LIBRARY}. */
  public abstract String code();

  /** The message in Chinese (zh-CN). */
  public String messageZh() {
    return messageZh;
  }
}
