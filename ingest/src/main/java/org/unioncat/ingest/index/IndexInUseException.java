package org.unioncat.ingest.index;

import java.nio.file.Path;
import org.unioncat.error.UnionCatException;

/**
 * Another process holds the catalog index: only one writer may open it. Usually a running
 * UnionCat service, while a command-line command tries to load or reindex.
 */
public final class IndexInUseException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public IndexInUseException(Path dir, Throwable cause) {
    super(
        "The catalog index in " + dir + " is in use by another UnionCat process (probably the"
            + " running service). Stop it first, or upload through the service instead.",
        "目录索引 " + dir + " 正被另一个 UnionCat 进程（可能是正在运行的服务）使用。请先停止该进程，或改为通过服务上传。",
        cause);
  }

  @Override
  public String code() {
    return "INDEX_IN_USE";
  }
}
