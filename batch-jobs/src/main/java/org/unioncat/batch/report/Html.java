package org.unioncat.batch.report;

/** HTML text escaping for the server-rendered pages (no template engine needed). */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  static final String STYLE =
      "<style>body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;"
          + "margin:1.5em;color:#222}table{border-collapse:collapse;margin:.5em 0 2em;"
          + "font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;"
          + "text-align:left}th{background:#eef2f7;position:sticky;top:0}"
          + "tr.disputed td{background:#fff4e0}tr.fixed td{background:#eef8ee}"
          + ".mark{font-weight:bold}td.kind,td.mark,td.local_id,td.keep_local_id{white-space:nowrap}"
          + "td.action,td.evidence{min-width:18em}.muted{color:#666}h2{margin-top:1.5em}</style>";
}
