package org.unioncat.api.security;

import org.unioncat.error.UnionCatException;

/** A user of this name exists already (409). */
public final class UserAlreadyExistsException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public UserAlreadyExistsException(String name) {
    super("There is already a user named " + name + ".", "已存在名为 " + name + " 的用户。");
  }

  @Override
  public String code() {
    return "USER_EXISTS";
  }
}
