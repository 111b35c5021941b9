package org.unioncat.dedup.survivor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.normalize.isbn.Isbn;

/**
 * The exact fixes the report gives, in English and Chinese. Records are named as "record N
 * (library X, 001 Y)" so the library can find them in its own system.
 */
public final class Actions {
  private Actions() {}

  /** "record N (library X, 001 Y)". */
  public static Action name(DedupRecord r) {
    String local = r.localId() == null ? "" : ", 001 " + r.localId();
    String localZh = r.localId() == null ? "" : "，001 " + r.localId();
    return new Action(
        "record " + r.id() + " (library " + r.library() + local + ")",
        "记录 " + r.id() + "（馆 " + r.library() + localZh + "）");
  }

  /** The fix for a member merged onto {@code keep}. */
  public static Action forDuplicate(DedupRecord member, DedupRecord keep, Optional<Cause> cause) {
    Action target = name(keep);
    Action merge = new Action(
        "merge holdings into " + target.en() + " and delete this record",
        "将馆藏合并到" + target.zh() + "，然后删除本记录");
    if (cause.isEmpty()) {
      return merge;
    }
    switch (cause.get()) {
      case ISBN_FORMS:
        return merge.then(new Action(
            "add the missing ISBN form to the kept record (cause 1)",
            "在保留记录中补充缺少的 ISBN 形式（原因 1）"));
      case BINDING:
        return merge.then(new Action(
            "keep both ISBNs with their binding (" + isbnField(keep) + ") on the kept record (cause 2)",
            "在保留记录中保留两个 ISBN 及其装帧（" + isbnField(keep) + "）（原因 2）"));
      case AUTHOR_FORM:
        return merge.then(new Action(
            "keep the authorized author heading (cause 4)", "保留规范的责任者检索点（原因 4）"));
      case REPRINT:
        return merge.then(new Action(
            "record the printing in a note (" + noteField(keep) + ") (cause 6)",
            "在附注（" + noteField(keep) + "）中记录印次（原因 6）"));
      case SERIES_IN_NOTE:
        return merge.then(new Action(
            "move series into " + seriesField(keep) + " (cause 8)",
            "将丛书移入丛书项 " + seriesField(keep) + "（原因 8）"));
      case EMPTY_DOWNLOAD:
        if (member.hasNoHoldings()) {
          return new Action("delete this empty copy (cause 9)", "删除此无馆藏的重复下载记录（原因 9）");
        }
        return merge;
      case NO_CHECK:
        if (member.library().equals(keep.library()) && !member.hasNoHoldings()) {
          return sameLibraryTwoCallNumbers(member, keep);
        }
        return merge;
      default:
        return merge;
    }
  }

  /** Same library, same book, two records (cause 12). */
  public static Action sameLibraryTwoCallNumbers(DedupRecord member, DedupRecord keep) {
    String numbers = callNumbers(member, keep);
    Action target = name(keep);
    return new Action(
        "same book under two call numbers" + numbers + ": keep one, move the items to "
            + target.en() + " and delete this record (cause 12)",
        "同书异号" + numbers + "：保留一个索书号，将单册移到" + target.zh() + "，然后删除本记录（原因 12）");
  }

  /** The fix for the kept record: receive the holdings, plus its own corrections. */
  public static Action forKeep(DedupRecord keep, int others) {
    Action action = new Action(
        "keep this record; the holdings of " + others + " other record" + (others == 1 ? "" : "s")
            + " move here",
        "保留本记录；另外 " + others + " 条记录的馆藏移到此处");
    List<Isbn> single = keep.normalized().isbns().singleFormOnly();
    if (!single.isEmpty()) {
      Isbn isbn = single.get(0);
      String forms = isbn.isbn10().map(ten -> "ISBN-10 " + ten + " / ISBN-13 " + isbn.isbn13())
          .orElse("ISBN-13 " + isbn.isbn13());
      action = action.then(new Action(
          "add the missing ISBN form (" + forms + ")", "补充缺少的 ISBN 形式（" + forms + "）"));
    }
    if (!keep.normalized().series().corrections().isEmpty()) {
      action = action.then(new Action(
          "move series into " + seriesField(keep), "将丛书移入丛书项 " + seriesField(keep)));
    }
    return action;
  }

  /** A member linked to the cluster that must be reported, not merged. */
  public static Action forFindingMember(Cause cause, DedupRecord keep) {
    return forFinding(cause, keep);
  }

  /** The fix for a finding of the given cause; {@code related} is the record it was found against. */
  public static Action forFinding(Cause cause, DedupRecord related) {
    String against = related == null ? "" : " (compared with " + name(related).en() + ")";
    String againstZh = related == null ? "" : "（对照" + name(related).zh() + "）";
    switch (cause) {
      case MULTI_VOLUME:
        return new Action(
            "flag for the center: set-level vs volume records (cause 3); never merge different volumes"
                + against,
            "提交中心：整套著录与分卷著录不一致（原因 3）；不得合并不同卷册" + againstZh);
      case STALE_EDITION:
        return new Action(
            "flag as inconsistent: copied from another edition with stale fields (cause 5); correct"
                + " the fields that disagree, do not merge the editions" + against,
            "标记为不一致：由其他版次复制而来，字段未更新（原因 5）；修改不一致的字段，不得合并版次" + againstZh);
      case EDITION_DATE_CONFUSED:
        return new Action(
            "flag: the coded date still carries the old edition's year (cause 7); correct the date"
                + " (008/07-10 or 100$a/9-12), do not merge the editions" + against,
            "标记：编码日期仍为旧版次的年份（原因 7）；更正日期（008/07-10 或 100$a/9-12），不得合并版次"
                + againstZh);
      case WRONG_RECORD:
        return new Action(
            "flag: holdings attached to a record that does not match the item (cause 10); check the"
                + " items and move them to the right record" + against,
            "标记：馆藏挂在与实物不符的记录上（原因 10）；核对实物并将馆藏移到正确的记录" + againstZh);
      case NO_TITLE:
        return new Action(
            "re-catalog (cause 11): the record has no usable title; delete it and re-catalog"
                + (related == null ? "" : ", its holdings probably belong on " + name(related).en()),
            "重新编目（原因 11）：记录无可用题名；删除并重新编目"
                + (related == null ? "" : "，其馆藏可能属于" + name(related).zh()));
      case NO_CHECK:
        return new Action(
            "same book under two call numbers: keep one (cause 12)" + against,
            "同书异号：保留一个（原因 12）" + againstZh);
      default:
        return new Action("check the record (cause " + cause.number() + ")" + against,
            "核查本记录（原因 " + cause.number() + "）" + againstZh);
    }
  }

  private static String callNumbers(DedupRecord a, DedupRecord b) {
    String first = a.callNumbers().isEmpty() ? null : a.callNumbers().get(0);
    String second = b.callNumbers().isEmpty() ? null : b.callNumbers().get(0);
    if (first == null || second == null || Objects.equals(first, second)) {
      return "";
    }
    return " (" + first + " / " + second + ")";
  }

  private static boolean unimarc(DedupRecord r) {
    MarcFlavour f = r.normalized().flavour();
    return f == MarcFlavour.CNMARC || f == MarcFlavour.UNIMARC;
  }

  static String seriesField(DedupRecord r) {
    return unimarc(r) ? "225/410" : "490/830";
  }

  static String isbnField(DedupRecord r) {
    return unimarc(r) ? "010 $b" : "020 $q";
  }

  static String noteField(DedupRecord r) {
    return unimarc(r) ? "300" : "500";
  }
}
