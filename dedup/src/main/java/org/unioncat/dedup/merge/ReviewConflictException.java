package org.unioncat.dedup.merge;

import org.unioncat.error.UnionCatException;

/**
 * A merge, undo or decision that cannot be done because the catalog or the cluster changed since
 * (a member already merged or deleted, a later upload or merge, a cluster already rejected). The
 * API answers 409; nothing was changed.
 */
public final class ReviewConflictException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public ReviewConflictException(String message, String messageZh) {
    super(message, messageZh);
  }

  @Override
  public String code() {
    return "REVIEW_CONFLICT";
  }
}
