package org.unioncat.api.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.unioncat.ingest.finding.FindingMessages;

/** The command-line tool's own labels, in English or Chinese ({@code cli*.properties}). */
final class CliText {
  private final ResourceBundle bundle;
  private final Locale locale;

  CliText(Locale locale) {
    this.locale = locale;
    Locale use = FindingMessages.isChinese(locale) ? FindingMessages.CHINESE : Locale.ROOT;
    this.bundle =
        ResourceBundle.getBundle(
            "org.unioncat.api.cli.cli",
            use,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  Locale locale() {
    return locale;
  }
}
