package org.unioncat.ingest.finding;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Localized details: explanations inside a finding's message that UnionCat words itself (as
 * opposed to values taken from the record), and that must therefore be translated like the
 * message around them.
 *
 * <p>A {@link Finding} keeps its message arguments as plain strings so that it can be stored and
 * exchanged (JSON, CSV, database) without knowing who will read it. An explanation such as "the
 * directory is empty" cannot be such a plain argument: it would come out in English inside the
 * Chinese message. Instead the reader passes {@code FindingDetail.of("directory.empty")}: a
 * string that refers to the bundle entry {@code detail.directory.empty} of {@code
 * findings*.properties}. {@link FindingMessages} recognizes such arguments and renders the entry
 * in the reader's language with {@link MessageFormat}; a detail's own arguments may be data
 * (numbers, tags, a parser's message) or further details, rendered the same way.
 *
 * <p>Values that are data (a tag, a byte count, a character set label, what a third-party parser
 * said) stay plain arguments; only wording belongs in a detail.
 *
 * <p>Encoding: {@code U+FDD0 key (U+FDD1 argument)* U+FDD2}. The three markers are Unicode
 * noncharacters, which the standard reserves for a program's internal use and which never belong
 * in interchanged text, so record data does not produce them; to be sure, {@link #of} replaces any
 * marker inside a data argument by U+FFFD. A nested detail is bracketed by its own U+FDD0 and
 * U+FDD2, so arguments need no escaping. A string that is not exactly one well-formed detail is
 * plain data and is shown as it is.
 *
 * <p>Rendering never throws: an unknown key (a finding stored by a newer version) renders as the
 * key itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class FindingDetail {
  static final char OPEN = '\uFDD0';
  static final char SEPARATOR = '\uFDD1';
  static final char CLOSE = '\uFDD2';
  /** Bundle entries of details are {@code detail.<key>}, next to the finding codes' messages. */
  static final String BUNDLE_PREFIX = "detail.";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  /** Guards against a hostile or corrupt stored argument nesting without end. */
  private static final int MAX_DEPTH = 8;

  private FindingDetail() {}

  /** A key and its arguments, still encoded (each may be a detail itself). */
  record Parsed(String key, List<String> args) {}

  /**
   * A message argument referring to {@code detail.<key>} in the findings bundles, with the
   * arguments that entry's {@code {0}}, {@code {1}}... stand for. Arguments are turned into strings
   * with {@link String#valueOf(Object)} (so numbers are not grouped, as elsewhere in findings);
   * arguments made by this method stay details.
   *
   * @param key dot-separated letters, digits, '_' and '-', e.g. {@code "directory.empty"}
   * @throws IllegalArgumentException when the key is not of that form (a programming error)
   */
  public static String of(String key, Object... args) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a detail key: " + key);
    }
    StringBuilder out = new StringBuilder(key.length() + 16).append(OPEN).append(key);
    for (Object arg : args) {
      String s = String.valueOf(arg);
      out.append(SEPARATOR).append(isDetail(s) ? s : withoutMarkers(s));
    }
    return out.append(CLOSE).toString();
  }

  /** True when the argument is a detail made by {@link #of}, false when it is plain data. */
  public static boolean isDetail(String arg) {
    return parse(arg) != null;
  }

  /**
   * The argument as the reader of {@code bundle} should see it: a detail rendered in that
   * language (recursively), plain data unchanged.
   */
  static String render(String arg, ResourceBundle bundle, Locale locale) {
    return render(arg, bundle, locale, 0);
  }

  private static String render(String arg, ResourceBundle bundle, Locale locale, int depth) {
    Parsed detail = parse(arg);
    if (detail == null) {
      return arg;
    }
    String entry = BUNDLE_PREFIX + detail.key();
    if (depth >= MAX_DEPTH || !bundle.containsKey(entry)) {
      return detail.key();
    }
    Object[] args = new Object[detail.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = render(detail.args().get(i), bundle, locale, depth + 1);
    }
    try {
      return new MessageFormat(bundle.getString(entry), locale).format(args);
    } catch (IllegalArgumentException e) {
      // A broken pattern in a bundle must not cost the whole report (the bundle test catches it).
      return detail.key();
    }
  }

  /** The key and arguments of a well-formed detail, or null for plain data. */
  static Parsed parse(String s) {
    if (s == null || s.length() < 2 || s.charAt(0) != OPEN || s.charAt(s.length() - 1) != CLOSE) {
      return null;
    }
    List<String> parts = new ArrayList<>(4);
    int depth = 0;
    int from = 1;
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == OPEN) {
        depth++;
      } else if (c == CLOSE) {
        if (--depth < 0) {
          return null;
        }
      } else if (c == SEPARATOR && depth == 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    if (depth != 0) {
      return null;
    }
    parts.add(s.substring(from, s.length() - 1));
    String key = parts.get(0);
    if (!KEY.matcher(key).matches()) {
      return null;
    }
    return new Parsed(key, List.copyOf(parts.subList(1, parts.size())));
  }

  private static String withoutMarkers(String s) {
    if (s.indexOf(OPEN) < 0 && s.indexOf(SEPARATOR) < 0 && s.indexOf(CLOSE) < 0) {
      return s;
    }
    return s.replace(OPEN, '\uFFFD').replace(SEPARATOR, '\uFFFD').replace(CLOSE, '\uFFFD');
  }
}
