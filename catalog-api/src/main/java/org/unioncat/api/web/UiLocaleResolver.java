package org.unioncat.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages exist in two languages: whatever the cookie or the browser asks for becomes either
 * {@code zh_CN} (any Chinese) or {@code en} (everything else), so a bundle is always found.
 */
public final class UiLocaleResolver extends CookieLocaleResolver {
  public static final String COOKIE = "unioncat-lang";
  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  UiLocaleResolver() {
    super(COOKIE);
    setCookieMaxAge(Duration.ofDays(365));
    setCookiePath("/");
    setDefaultLocaleFunction(HttpServletRequest::getLocale);
  }

  /** zh, zh-TW, zh-Hans... → zh_CN; anything else → en. */
  public static Locale supported(Locale asked) {
    return asked != null && asked.getLanguage().equals("zh") ? CHINESE : ENGLISH;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return supported(super.resolveLocale(request));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    super.setLocale(request, response, locale == null ? null : supported(locale));
  }
}
