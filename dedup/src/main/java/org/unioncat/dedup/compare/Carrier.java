package org.unioncat.dedup.compare;

/**
 * What a record describes physically, as far as the normalized view tells: printed text, an
 * electronic resource, a sound recording, or another medium (maps, scores, video, kits). Print
 * vs electronic and book vs audio are never duplicates.
 */
public enum Carrier {
  PRINT("print", "印刷本"),
  ELECTRONIC("electronic resource", "电子资源"),
  AUDIO("sound recording", "录音制品"),
  OTHER("other medium", "其他载体");

  private final String en;
  private final String zh;

  Carrier(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  public String en() {
    return en;
  }

  public String zh() {
    return zh;
  }
}
