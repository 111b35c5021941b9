package org.unioncat.api.web;

import java.util.Locale;

/** Picks the English or the Chinese of a text stored in both languages. */
public final class Texts {
  private Texts() {}

  public static boolean chinese(Locale locale) {
    return locale != null && locale.getLanguage().equals("zh");
  }

  public static String pick(Locale locale, String en, String zh) {
    return chinese(locale) && zh != null && !zh.isBlank() ? zh : en;
  }
}
