package org.unioncat.ingest.normalize.publisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Publisher keys, so that "Harvard U.P.", "Harvard University Press" and "Harvard Univ. Pr." meet,
 * and "W. H. Baker &amp; Co." meets "W.H. Baker and Company".
 *
 * <p>Latin script: folded; "&amp;" read as "and"; abbreviations expanded ("U.P." university press,
 * "Univ." university, "Pr." press, "Govt." government, "Print." printing, "Off." office); a leading
 * "The" / "Éditions" / "Verlag" and trailing words that say what kind of company it is ("Press",
 * "Publishing", "Publishers", "Publications", "Books", "Inc.", "Ltd.", "Co.", "Company", "&amp;
 * Sons", "GmbH", "Verlag", "Éditions") removed, as long as a word is left. "University" is kept: it
 * is part of the name.
 *
 * <p>CJK: folded to simplified without spaces; the legal form ("有限公司", "有限责任公司", "股份有限公司") and a
 * trailing "出版" / "出版发行" / "发行" after the name are removed. "出版社", "出版公司", "出版集团" and "书局" are
 * kept: Chinese publisher names are short and the kind of house is part of the identity, so
 * dropping it would make "人民出版社" the bare "人民", which looks like the start of 人民文学出版社, 人民日报出版社 and
 * a dozen others to any prefix comparison, and would make 中华书局 equal to a 中华出版社.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublisherKeys {
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("univ", "university"), Map.entry("pr", "press"),
          Map.entry("govt", "government"), Map.entry("print", "printing"),
          Map.entry("off", "office"), Map.entry("dept", "department"),
          Map.entry("assn", "association"), Map.entry("soc", "society"),
          Map.entry("natl", "national"), Map.entry("intl", "international"));
  private static final Set<String> LEADING = Set.of("the", "editions", "edition", "verlag");
  private static final Set<String> TRAILING =
      Set.of(
          "press",
          "publishing",
          "publishers",
          "publisher",
          "publications",
          "publication",
          "pub",
          "publ",
          "books",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "plc",
          "co",
          "company",
          "corp",
          "corporation",
          "gmbh",
          "ag",
          "kg",
          "verlag",
          "verlagsgesellschaft",
          "editions",
          "editores",
          "editorial",
          "sons",
          "son",
          "and",
          "group");
  private static final List<String> CJK_TRAILING =
      List.of("股份有限公司", "有限责任公司", "有限公司", "出版发行", "发行", "出版");
  private static final List<String> CJK_HOUSE_WORDS =
      List.of("出版社", "出版公司", "出版集团", "书局", "书店", "书社", "印书馆", "社", "集团", "公司");

  private PublisherKeys() {}

  /** The key of a publisher name; "" for null or blank. */
  public static String keyOf(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    if (HanSpaces.containsCjk(name)) {
      return cjkKey(name);
    }
    List<String> words = new ArrayList<>();
    String folded = TextFolder.fold(name.replace("&", " and "));
    // "U.P." folds to "u p"
    folded = (" " + folded + " ").replace(" u p ", " university press ").strip();
    for (String w : folded.split(" ")) {
      if (!w.isEmpty()) {
        words.add(ABBREVIATIONS.getOrDefault(w, w));
      }
    }
    while (words.size() > 1 && LEADING.contains(words.get(0))) {
      words.remove(0);
    }
    while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  private static String cjkKey(String name) {
    String s = HanSpaces.squeeze(TextFolder.fold(name)).replace(" ", "");
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String suffix : CJK_TRAILING) {
        if (s.endsWith(suffix) && s.length() > suffix.length()) {
          String rest = s.substring(0, s.length() - suffix.length());
          // "出版" is a verb after a house ("中国统计出版社出版") but a name part otherwise
          if (suffix.startsWith("出版") || suffix.equals("发行")) {
            if (CJK_HOUSE_WORDS.stream().noneMatch(rest::endsWith)) {
              continue;
            }
          }
          s = rest;
          stripped = true;
          break;
        }
      }
    }
    return s;
  }
}
