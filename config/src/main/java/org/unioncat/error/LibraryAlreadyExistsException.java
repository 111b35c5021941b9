package org.unioncat.error;

/** A library registered twice under the same code. */
public final class LibraryAlreadyExistsException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public LibraryAlreadyExistsException(String libraryCode) {
    super(
        "Library " + libraryCode + " is already registered.",
        "馆代码 " + libraryCode + " 已经注册。");
  }

  @Override
  public String code() {
    return "LIBRARY_EXISTS";
  }
}
