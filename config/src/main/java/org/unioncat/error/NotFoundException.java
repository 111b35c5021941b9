package org.unioncat.error;

/** Something asked for by id that does not exist: a record, an upload, a cluster. */
public final class NotFoundException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message, String messageZh) {
    super(message, messageZh);
  }

  @Override
  public String code() {
    return "NOT_FOUND";
  }
}
