package org.unioncat.ingest.normalize.name;

import java.util.List;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Keys of names written in Chinese (or Japanese/Korean) characters: folded to simplified
 * characters, with no spaces ("曹 雪芹" = "曹雪芹"), without bracketed dynasty or nationality prefixes
 * ("[清]曹雪芹", "(美)海明威") or romanized forms in brackets, and without the role words catalogers type
 * after a name in a statement of responsibility or a CNMARC 701 ("著", "编", "主编", "译", "编著", "等"). A
 * role word is removed only when at least two characters stay, so a two-character name is never cut
 * to a surname.
 *
 * <p>Stateless and thread-safe.
 */
final class CjkNameKey {
  /** Longest first, simplified and traditional; "着" is how TextFolder folds "著". */
  private static final List<String> ROLE_WORDS =
      List.of(
          "总主编", "總主編", "副主编", "副主編", "主编", "主編", "编著", "編著", "编译", "編譯", "编写", "編寫", "编撰", "編撰",
          "编选", "編選", "选编", "選編", "编辑", "編輯", "编纂", "編纂", "编绘", "編繪", "改编", "改編", "原著", "合著", "著译",
          "著譯", "译注", "譯註", "翻译", "翻譯", "校注", "校点", "校點", "点校", "點校", "评注", "評注", "注释", "註釋", "整理",
          "口述", "审订", "審訂", "主审", "主審", "撰写", "撰寫", "执笔", "執筆", "监修", "監修", "修订", "修訂", "绘图", "繪圖",
          "摄影", "攝影", "编", "編", "著", "着", "译", "譯", "撰", "绘", "繪", "等");

  private static final Pattern BRACKETED = Pattern.compile("[\\[(（〔【［][^\\])）〕】］]{0,30}[\\])）〕】］]");
  private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+$");

  private CjkNameKey() {}

  /** The key of a CJK name; "" when nothing is left. */
  static String key(String name) {
    return stripRoleWords(HanSpaces.squeeze(TextFolder.fold(withoutBrackets(name))));
  }

  /**
   * {@code name} without trailing role words, for display; bracketed prefixes such as "[清]" stay,
   * as the cataloger wrote them.
   */
  static String display(String name) {
    return stripRoleWords(name == null ? "" : name.strip());
  }

  static String withoutBrackets(String name) {
    return BRACKETED.matcher(name == null ? "" : name).replaceAll("");
  }

  static String stripRoleWords(String name) {
    String s = TRAILING_NOISE.matcher(name).replaceAll("");
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String role : ROLE_WORDS) {
        if (s.endsWith(role) && s.codePointCount(0, s.length() - role.length()) >= 2) {
          s = TRAILING_NOISE.matcher(s.substring(0, s.length() - role.length())).replaceAll("");
          stripped = true;
          break;
        }
      }
    }
    return s;
  }
}
