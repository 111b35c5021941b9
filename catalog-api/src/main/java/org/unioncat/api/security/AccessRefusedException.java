package org.unioncat.api.security;

import org.unioncat.error.UnionCatException;

/**
 * The signed-in user may not do this (403): another library's upload, report or batch, or an
 * action reserved to the center or administrators. Nothing was changed.
 */
public final class AccessRefusedException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String message, String messageZh) {
    super(message, messageZh);
  }

  @Override
  public String code() {
    return "FORBIDDEN";
  }
}
