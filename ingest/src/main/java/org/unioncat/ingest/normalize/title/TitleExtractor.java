package org.unioncat.ingest.normalize.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.identifier.IdentifierExtractor;

/**
 * Extracts a record's {@link TitleInfo}: MARC21 245 (with the linked 880 for the original script)
 * or UNIMARC/CNMARC 200. Never throws on bad data: a record without a usable title gives a
 * TitleInfo that says so ({@code missing}, {@code placeholder}, {@code punctuationOnly}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TitleExtractor {

  /** Extracts the title of {@code record}, read with the tag table of {@code flavour}. */
  public TitleInfo extract(MarcRecord record, MarcFlavour flavour) {
    if (record == null) {
      return TitleInfo.absent();
    }
    return flavour != null && flavour.isUnimarcFamily() ? fromUnimarc(record) : fromMarc21(record);
  }

  private TitleInfo fromMarc21(MarcRecord record) {
    Optional<DataField> found = record.dataField(Marc21Tags.TITLE);
    if (found.isEmpty()) {
      return TitleInfo.absent();
    }
    DataField f = found.get();
    String typed = f.first('a').orElse(f.first('k').orElse(""));
    String responsibility = joinTrimmed(f.all('c'), " ; ");
    // ISBD " / " introduces the statement of responsibility: typed into $a, it is not title
    String[] cut = IsbdPunctuation.splitResponsibility(typed);
    String a = cut[0];
    if (responsibility == null && cut[1] != null) {
      responsibility = cut[1];
    }
    PartInfo part =
        PartNumberParser.parse(
            joinTrimmed(f.all('n'), ", "), joinTrimmed(f.all('p'), ". "), partSource(f, 'n', 'p'));
    if (!part.present()) {
      // a part typed into $a ("The age of Justinian. Vol. 1") instead of $n (cause 3)
      String[] split = HiddenPart.split(IsbdPunctuation.trim(a));
      if (split != null) {
        a = split[0];
        part = PartNumberParser.parse(split[1], null, Marc21Tags.TITLE + "$a");
      }
    }
    String unmarked = TitleKeys.withoutControlMarks(a);
    String filed = TitleKeys.skipNonFiling(unmarked, f.ind2());
    // nothing skipped: the indicator was left at 0 (or the marks were never set), so the
    // language's initial article is dropped from the key as the indicator would have done
    boolean articleUnmarked = filed.equals(unmarked) && a.equals(unmarked);
    String language = articleUnmarked ? IdentifierExtractor.languageOf(record, MarcFlavour.MARC21) : null;
    String remainder = joinTrimmed(f.all('b'), " : ");
    // a 245 already in characters is its own original script; its 880 would be a romanization
    String altKey =
        HanSpaces.containsCjk(a)
            ? null
            : LinkedFields.alternateOf(record, f)
                .or(() -> LinkedFields.firstAlternateFor(record, Marc21Tags.TITLE))
                .map(
                    alt ->
                        TitleKeys.key(
                            TitleKeys.skipNonFiling(alt.first('a').orElse(""), alt.ind2())))
                .filter(k -> !k.isEmpty())
                .orElse(null);
    String source = Marc21Tags.TITLE + "$" + (f.first('a').isPresent() ? 'a' : 'k');
    return build(a, filed, remainder, altKey, part, responsibility, source,
        articleUnmarked, language);
  }

  private TitleInfo fromUnimarc(MarcRecord record) {
    Optional<DataField> found = record.dataField(CnmarcTags.TITLE);
    if (found.isEmpty()) {
      return TitleInfo.absent();
    }
    DataField f = found.get();
    List<String> titles = new ArrayList<>();
    List<String> typedResponsibility = new ArrayList<>();
    for (String t : f.all('a')) {
      String[] cut = IsbdPunctuation.splitResponsibility(t);
      if (cut[1] != null) {
        typedResponsibility.add(cut[1]);
      }
      String trimmed = IsbdPunctuation.trim(cut[0]);
      if (!trimmed.isEmpty()) {
        titles.add(trimmed);
      }
    }
    PartInfo part =
        PartNumberParser.parse(
            joinTrimmed(f.all('h'), ", "), joinTrimmed(f.all('i'), ". "), partSource(f, 'h', 'i'));
    if (!part.present() && titles.size() == 1) {
      // a part typed into $a ("红楼梦. 上册") would otherwise make volumes look alike (cause 3)
      String[] split = HiddenPart.split(titles.get(0));
      if (split != null) {
        titles.set(0, split[0]);
        part = PartNumberParser.parse(split[1], null, CnmarcTags.TITLE + "$a");
      }
    }
    String a = String.join(" ; ", titles);
    // NSB/NSE marks around an article are removed by the key; without them, the language's
    // initial article is dropped instead
    boolean articleUnmarked = a.equals(TitleKeys.withoutControlMarks(a));
    String language = articleUnmarked ? IdentifierExtractor.languageOf(record, MarcFlavour.UNIMARC) : null;
    String remainder = joinTrimmed(f.all('e'), " : ");
    List<String> responsibility = new ArrayList<>(f.all('f'));
    responsibility.addAll(f.all('g'));
    if (responsibility.isEmpty()) {
      responsibility.addAll(typedResponsibility); // "书名 / 著者" typed into $a
    }
    return build(
        a, a, remainder, null, part, joinTrimmed(responsibility, " ; "), CnmarcTags.TITLE + "$a",
        articleUnmarked, language);
  }

  private static TitleInfo build(
      String rawTitle,
      String filed,
      String remainder,
      String altKey,
      PartInfo part,
      String responsibility,
      String source,
      boolean articleUnmarked,
      String language) {
    String display = IsbdPunctuation.trim(TitleKeys.withoutControlMarks(rawTitle));
    if (display.isEmpty()) {
      return new TitleInfo(
          "", remainder, "", "", altKey, part, responsibility, null, false, false, true);
    }
    String key = TitleKeys.key(filed);
    String fullKey = remainder == null ? key : TitleKeys.key(filed + " " + remainder);
    if (articleUnmarked) {
      key = LeadingArticles.strip(key, language);
      fullKey = LeadingArticles.strip(fullKey, language);
    }
    boolean punctuationOnly = key.isEmpty();
    boolean placeholder = TitlePlaceholders.isPlaceholder(key);
    return new TitleInfo(
        display,
        remainder,
        key,
        fullKey,
        altKey,
        part,
        responsibility,
        source,
        placeholder,
        punctuationOnly,
        false);
  }

  private static String partSource(DataField f, char number, char name) {
    boolean hasNumber = f.first(number).isPresent();
    boolean hasName = f.first(name).isPresent();
    if (!hasNumber && !hasName) {
      return null;
    }
    return f.tag() + (hasNumber ? "$" + number : "") + (hasName ? "$" + name : "");
  }

  /** Values trimmed of ISBD punctuation and joined, or null when none is left. */
  private static String joinTrimmed(List<String> values, String separator) {
    List<String> kept = new ArrayList<>();
    for (String v : values) {
      String t = IsbdPunctuation.trim(TitleKeys.withoutControlMarks(v));
      if (!t.isEmpty()) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? null : String.join(separator, kept);
  }
}
