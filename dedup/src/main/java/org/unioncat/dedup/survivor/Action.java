package org.unioncat.dedup.survivor;

/** A fix, in English and Chinese (zh-CN). */
public record Action(String en, String zh) {
  /** This action followed by another ("; " / "；"). */
  public Action then(Action next) {
    return new Action(en + "; " + next.en, zh + "；" + next.zh);
  }
}
