package org.unioncat.ingest.finding;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders findings as sentences a cataloger can act on, in English or Chinese (zh-CN). Messages
 * live in {@code org/unioncat/ingest/finding/findings*.properties}; the bundles are UTF-8.
 *
 * <p>Arguments that are {@link FindingDetail}s (explanations worded by UnionCat) are rendered from
 * the {@code detail.*} entries of the same bundles, so a Chinese message holds no English
 * explanation; plain arguments are data and are inserted as they are.
 *
 * <p>Thread-safe (ResourceBundle caches, MessageFormat instances are created per call).
 */
public final class FindingMessages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "org.unioncat.ingest.finding.findings";

  private FindingMessages() {}

  /** The message body for the finding: "title field 245 is missing." */
  public static String message(Finding finding, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String pattern = bundle.getString(finding.code().name());
    return new MessageFormat(pattern, locale).format(args(finding, bundle, locale).toArray());
  }

  /**
   * The finding's arguments as they appear in its message in the given language: details
   * rendered, data unchanged. For reports that show the arguments on their own.
   */
  public static List<String> args(Finding finding, Locale locale) {
    return args(finding, bundle(locale), locale);
  }

  private static List<String> args(Finding finding, ResourceBundle bundle, Locale locale) {
    List<String> out = new ArrayList<>(finding.args().size());
    for (String arg : finding.args()) {
      out.add(FindingDetail.render(arg, bundle, locale));
    }
    return out;
  }

  /**
   * The whole sentence with its location: "Record 17 (001 ocm123): title field 245 is missing."
   * / "记录 17（001 ocm123）：缺少题名字段 245。"
   */
  public static String sentence(Finding finding, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String where;
    if (finding.recordNo() <= 0) {
      where = bundle.getString("where.file");
    } else if (finding.localId() == null) {
      where = MessageFormat.format(bundle.getString("where.record"), String.valueOf(finding.recordNo()));
    } else {
      where =
          MessageFormat.format(
              bundle.getString("where.recordWithId"),
              String.valueOf(finding.recordNo()),
              finding.localId());
    }
    return where + message(finding, locale);
  }

  /** The short label of a severity in the given language ("error" / "错误"). */
  public static String severityLabel(Severity severity, Locale locale) {
    return bundle(locale).getString("severity." + severity.name());
  }

  static ResourceBundle bundle(Locale locale) {
    Locale use = isChinese(locale) ? CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, use, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static boolean isChinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }
}
