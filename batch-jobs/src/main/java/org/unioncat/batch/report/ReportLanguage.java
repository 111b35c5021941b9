package org.unioncat.batch.report;

import java.util.Locale;

/** The language a report is written in: English or simplified Chinese (zh-CN). */
public enum ReportLanguage {
  EN,
  ZH;

  /** Chinese for any Chinese locale, English otherwise. */
  public static ReportLanguage of(Locale locale) {
    return locale != null && locale.getLanguage().equals("zh") ? ZH : EN;
  }

  /** "en", "zh", "zh-CN" (any case); throws IllegalArgumentException for anything else. */
  public static ReportLanguage parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("en") || v.startsWith("en-")) {
      return EN;
    }
    if (v.equals("zh") || v.startsWith("zh-")) {
      return ZH;
    }
    throw new IllegalArgumentException("language must be en or zh, was \"" + value + "\"");
  }

  public String tag() {
    return this == ZH ? "zh-CN" : "en";
  }
}
