package org.unioncat.batch.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unioncat.dedup.Cause;
import org.unioncat.ingest.finding.FindingCode;

/**
 * The upload findings ({@code validation_finding}) that belong in a library's correction report,
 * each under the duplicate cause it leads to, with the action in English and Chinese.
 *
 * <p>Only problems that make duplicates or hide them are listed: a missing or placeholder title
 * (cause 11), an invalid ISBN (cause 1: the record cannot be matched by ISBN), a coded date that
 * contradicts the imprint (cause 7), a series in a note (cause 8), a printing in the edition field
 * (cause 6). A record for which the detector already reports the same cause is not listed twice:
 * the detector's row says more (the other record).
 */
public final class RecordIssues {
  /** An issue: its cause and the action. */
  record Issue(Cause cause, String actionEn, String actionZh) {}

  private static final Map<FindingCode, Issue> ISSUES = new LinkedHashMap<>();

  static {
    Issue title = new Issue(Cause.NO_TITLE,
        "Add the title proper from the item in hand (245 $a / 200 $a).",
        "根据实物补充正题名（245 $a / 200 $a）。");
    ISSUES.put(FindingCode.TITLE_MISSING, title);
    ISSUES.put(FindingCode.TITLE_PLACEHOLDER, title);
    ISSUES.put(FindingCode.TITLE_PUNCTUATION_ONLY, title);
    ISSUES.put(FindingCode.TITLE_GARBLED, new Issue(Cause.NO_TITLE,
        "Download the record again with the right character set, or re-catalog it from the item"
            + " in hand: its title is garbled.",
        "用正确的字符集重新下载该记录，或依据原书重新编目：题名为乱码。"));
    Issue isbn = new Issue(Cause.ISBN_FORMS,
        "Check the ISBN against the book: correct it, or move the invalid one to 020 $z / 010 $z"
            + " so that it is kept but not used for matching.",
        "对照实物核对 ISBN：改正，或将无效 ISBN 移到 020 $z / 010 $z（保留但不用于查重）。");
    ISSUES.put(FindingCode.ISBN_CHECKSUM, isbn);
    ISSUES.put(FindingCode.ISBN_LENGTH, isbn);
    ISSUES.put(FindingCode.ISBN_PREFIX, isbn);
    ISSUES.put(FindingCode.DATE_CONFLICT, new Issue(Cause.EDITION_DATE_CONFUSED,
        "Make the coded date (008/07-10 or 100 $a) agree with the publication date (260/264 $c or"
            + " 210 $d), taking the date from the item in hand.",
        "根据实物统一编码日期（008/07-10 或 100 $a）与出版年（260/264 $c 或 210 $d）。"));
    ISSUES.put(FindingCode.SERIES_IN_NOTE, new Issue(Cause.SERIES_IN_NOTE,
        "Move the series from the note (500 / 300) into the series field (490 / 225).",
        "将附注（500 / 300）中的丛书移到丛书项（490 / 225）。"));
    ISSUES.put(FindingCode.EDITION_IS_PRINTING, new Issue(Cause.REPRINT,
        "Remove the printing statement from the edition field (250 / 205): a new printing is"
            + " not a new edition; note it in 500 / 300 if needed.",
        "将印次从版本项（250 / 205）中删除：新印次不是新版本，如需要可记入附注（500 / 300）。"));
  }

  private RecordIssues() {}

  static Map<FindingCode, Issue> all() {
    return ISSUES;
  }

  /** The codes listed, for SQL {@code IN (...)}, each quoted. */
  static String sqlCodes() {
    StringBuilder s = new StringBuilder();
    for (FindingCode c : ISSUES.keySet()) {
      s.append(s.length() == 0 ? "" : ", ").append('\'').append(c.name()).append('\'');
    }
    return s.toString();
  }
}
