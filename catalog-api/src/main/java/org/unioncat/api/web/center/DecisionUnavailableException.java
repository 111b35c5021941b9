package org.unioncat.api.web.center;

import org.unioncat.error.UnionCatException;

/** A decision this installation cannot carry out yet (its service is not part of it). */
public final class DecisionUnavailableException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public DecisionUnavailableException(String what, String whatZh) {
    super(
        what + " is not available in this installation yet; nothing was changed.",
        "本系统暂不支持" + whatZh + "；未做任何更改。");
  }

  @Override
  public String code() {
    return "DECISION_UNAVAILABLE";
  }
}
