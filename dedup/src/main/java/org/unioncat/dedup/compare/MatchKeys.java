package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.isbn.Binding;
import org.unioncat.ingest.normalize.isbn.IsbnEntry;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.name.NameKeys;
import org.unioncat.ingest.normalize.name.NameKind;
import org.unioncat.ingest.normalize.name.PinyinKey;
import org.unioncat.ingest.normalize.series.SeriesEntry;
import org.unioncat.ingest.normalize.title.PartNumberParser;

/**
 * Per-record values the comparator needs that cost more than a field read (an ICU fold, a scan of
 * the extent): computed once when a {@link org.unioncat.dedup.DedupRecord} is built, so that
 * comparing millions of candidate pairs calls no ICU and compiles no pattern.
 *
 * @param responsibilityKey {@link NameKeys#keyOf} of 245 $c / 200 $f, "" when none (cause 4: a
 *     record whose author is only in the statement of responsibility)
 * @param carrier print, electronic, audio or other
 * @param carrierReason what the carrier was read from, for the explanation ("leader/06 i",
 *     "300$a online resource", "ISBN qualified EBOOK"); "" for plain print
 * @param language the language code with ISO 639-2/T codes folded to the bibliographic ones
 *     ("zho" = "chi"), or null when absent or undetermined
 * @param fingerprint the bibliographic content (everything but 001, holdings and cataloging
 *     source) as one string, to recognise identical records (cause 12)
 * @param isbnVolumes the volume numbers the record's ISBN qualifiers name ("0415022096 (v. 1)",
 *     "(vol. 2 : pbk.)", 010 $b "第2册"), empty when none: a volume record that names its volume
 *     only there (cause 3)
 * @param hanPinyin {@link PinyinKey#ofHan} of the record's personal names in characters (headings
 *     and the statement of responsibility): "jiye" for 季野
 * @param latinLetters {@link PinyinKey#ofLatin} of its romanized personal headings: "jiye" for
 *     "Ji, Ye", so a pinyin heading meets the name in characters (cause 4)
 * @param headingForm the first main personal heading as written, folded ({@link TextFolder}: case,
 *     diacritics, width, traditional/simplified, punctuation, spaces) plus the subfields it came
 *     from ("季野|$a", "季野|$a$b" when split, "jiye|$a$b" in pinyin); "" when none (cause 4)
 */
public record MatchKeys(
    String responsibilityKey,
    Carrier carrier,
    String carrierReason,
    String language,
    String fingerprint,
    Set<Integer> isbnVolumes,
    Set<String> hanPinyin,
    Set<String> latinLetters,
    String headingForm) {

  private static final Map<String, String> LANGUAGE_SYNONYMS =
      Map.ofEntries(
          Map.entry("zho", "chi"), Map.entry("deu", "ger"), Map.entry("fra", "fre"),
          Map.entry("ces", "cze"), Map.entry("nld", "dut"), Map.entry("ell", "gre"),
          Map.entry("fas", "per"), Map.entry("sqi", "alb"), Map.entry("hye", "arm"),
          Map.entry("eus", "baq"), Map.entry("mya", "bur"), Map.entry("kat", "geo"),
          Map.entry("isl", "ice"), Map.entry("mkd", "mac"), Map.entry("mri", "mao"),
          Map.entry("msa", "may"), Map.entry("ron", "rum"), Map.entry("slk", "slo"),
          Map.entry("bod", "tib"), Map.entry("cym", "wel"));

  public MatchKeys {
    responsibilityKey = responsibilityKey == null ? "" : responsibilityKey;
    carrier = carrier == null ? Carrier.PRINT : carrier;
    carrierReason = carrierReason == null ? "" : carrierReason;
    fingerprint = fingerprint == null ? "" : fingerprint;
    isbnVolumes = isbnVolumes == null ? Set.of() : Set.copyOf(isbnVolumes);
    hanPinyin = hanPinyin == null ? Set.of() : Set.copyOf(hanPinyin);
    latinLetters = latinLetters == null ? Set.of() : Set.copyOf(latinLetters);
    headingForm = headingForm == null ? "" : headingForm;
  }

  /** Computes the keys of one normalized record. */
  public static MatchKeys of(NormalizedRecord r) {
    String resp = r.title().responsibility();
    String responsibilityKey = resp == null || resp.isBlank() ? "" : NameKeys.keyOf(resp);
    String[] carrier = carrierOf(r);
    return new MatchKeys(
        responsibilityKey,
        Carrier.valueOf(carrier[0]),
        carrier[1],
        languageOf(r.identifiers().language()),
        fingerprintOf(r),
        isbnVolumesOf(r),
        hanPinyinOf(r, responsibilityKey),
        latinLettersOf(r),
        headingFormOf(r));
  }

  private static String headingFormOf(NormalizedRecord r) {
    for (AuthorEntry e : r.authors()) {
      if (e.main() && e.kind() == NameKind.PERSONAL) {
        String source = e.source() == null ? "" : e.source();
        int sub = source.indexOf('$');
        return TextFolder.fold(e.display()).replace(" ", "") + "|" + (sub < 0 ? "" : source.substring(sub));
      }
    }
    return "";
  }

  private static Set<String> hanPinyinOf(NormalizedRecord r, String responsibilityKey) {
    Set<String> out = new TreeSet<>();
    for (AuthorEntry e : r.authors()) {
      if (e.kind() == NameKind.PERSONAL && e.cjk()) {
        out.add(PinyinKey.ofHan(e.key()));
      }
    }
    out.add(PinyinKey.ofHan(responsibilityKey));
    out.remove("");
    return out;
  }

  private static Set<String> latinLettersOf(NormalizedRecord r) {
    Set<String> out = new TreeSet<>();
    for (AuthorEntry e : r.authors()) {
      if (e.kind() == NameKind.PERSONAL && !e.cjk()) {
        out.addAll(PinyinKey.ofLatin(e.display()));
      }
    }
    return out;
  }

  /** "v. 1", "vol. 2", "Bd. 3", "t. 2", "pt. 1" or 第N册/卷, 上册/下册 in an ISBN qualifier. */
  private static final Pattern VOLUME_QUALIFIER =
      Pattern.compile(
          "(?<![\\p{L}])(?:v|vol|volume|bd|band|t|tome|pt|part)\\.?\\s*(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)(?!\\d)"
              + "|第\\s*[0-9〇零一二三四五六七八九十百两]+\\s*[册冊卷]|[上中下][册冊卷]",
          Pattern.CASE_INSENSITIVE);

  /** {@link #isbnVolumes} entry for 下册, the last volume of a set. */
  static final int LAST_VOLUME = -1;

  private static Set<Integer> isbnVolumesOf(NormalizedRecord r) {
    Set<Integer> out = new TreeSet<>();
    for (IsbnEntry e : r.isbns().entries()) {
      if (e.cancelled() || e.qualifier() == null || e.qualifier().isEmpty()) {
        continue;
      }
      Matcher m = VOLUME_QUALIFIER.matcher(e.qualifier());
      while (m.find()) {
        String found = m.group();
        if (found.startsWith("上")) {
          out.add(1);
        } else if (found.startsWith("中")) {
          out.add(2);
        } else if (found.startsWith("下")) {
          // the last volume: 2 of 2 or 3 of 3, so kept apart from any number (a "第2册" against a
          // "下册" is then a false split, never a false merge)
          out.add(LAST_VOLUME);
        } else {
          out.addAll(PartNumberParser.numbers(m.group(1) != null ? m.group(1) : found));
        }
      }
    }
    return out;
  }

  static String languageOf(String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw.strip().toLowerCase(Locale.ROOT);
    if (code.length() != 3 || !code.chars().allMatch(Character::isLetter)) {
      return null;
    }
    if (code.equals("und") || code.equals("mul") || code.equals("zxx") || code.equals("mis")) {
      return null;
    }
    return LANGUAGE_SYNONYMS.getOrDefault(code, code);
  }

  /** {carrier name, reason}. */
  private static String[] carrierOf(NormalizedRecord r) {
    char type = r.identifiers().recordType();
    boolean unimarc = r.flavour().isUnimarcFamily();
    Binding first = Binding.UNKNOWN;
    boolean printBinding = false;
    for (IsbnEntry e : r.isbns().entries()) {
      if (e.cancelled()) {
        continue;
      }
      Binding b = e.binding();
      printBinding |= b == Binding.HARDCOVER || b == Binding.PAPERBACK;
      if (first == Binding.UNKNOWN && b != Binding.UNKNOWN && b != Binding.OTHER) {
        first = b;
      }
    }
    // An ISBN qualified only as an e-book (PDF, EPUB...) makes any record an electronic one, even
    // a sound recording's: the streamed or downloadable version is another manifestation.
    if (!printBinding && first == Binding.EBOOK) {
      return new String[] {"ELECTRONIC", "ISBN qualified as e-book"};
    }
    String medium = r.medium().toLowerCase(Locale.ROOT);
    if (medium.contains("electronic") || medium.contains("online") || medium.contains("computer")
        || medium.contains("电子") || medium.contains("電子") || medium.contains("在线")
        || medium.contains("在線") || medium.contains("ressource électronique")) {
      return new String[] {"ELECTRONIC", r.medium()};
    }
    if (type == 'i' || type == 'j') {
      return new String[] {"AUDIO", "leader/06 " + type};
    }
    if (medium.contains("sound recording") || medium.contains("audio") || medium.contains("录音")
        || medium.contains("錄音")) {
      return new String[] {"AUDIO", r.medium()};
    }
    if (unimarc ? type == 'l' : type == 'm') {
      return new String[] {"ELECTRONIC", "leader/06 " + type};
    }
    boolean text = type == 'a' || type == ' ' || type == '\0' || (unimarc ? type == 'b' : type == 't');
    if (!text) {
      return new String[] {"OTHER", "leader/06 " + type};
    }
    String extent = r.extent().raw() == null ? "" : r.extent().raw().toLowerCase(Locale.ROOT);
    String extentSource = r.extent().source();
    if (extent.contains("online resource") || extent.contains("electronic resource")
        || extent.contains("在线资源") || extent.contains("电子资源") || extent.contains("在線資源")
        || extent.contains("電子資源") || extent.contains("ressource en ligne")) {
      return new String[] {"ELECTRONIC", extentSource + " " + r.extent().raw()};
    }
    if (r.extent().pages() == null
        && (extent.contains("audio") || extent.contains("sound disc") || extent.contains("sound cassette")
            || extent.contains("录音") || extent.contains("錄音") || extent.contains("分钟"))) {
      return new String[] {"AUDIO", extentSource + " " + r.extent().raw()};
    }
    if (!printBinding && first == Binding.AUDIO) {
      return new String[] {"AUDIO", "ISBN qualified as audio"};
    }
    return new String[] {"PRINT", ""};
  }

  private static String fingerprintOf(NormalizedRecord r) {
    List<Object> parts = new ArrayList<>();
    parts.add(r.identifiers().recordType());
    parts.add(r.identifiers().bibLevel());
    parts.add(r.isbns().valid());
    List<String> isbnRaw = new ArrayList<>();
    for (IsbnEntry e : r.isbns().entries()) {
      isbnRaw.add(e.digits() + "|" + e.binding() + "|" + e.cancelled());
    }
    parts.add(isbnRaw);
    parts.add(r.title().titleProper());
    parts.add(r.title().remainder());
    parts.add(r.title().responsibility());
    parts.add(r.title().part());
    List<String> names = new ArrayList<>();
    for (AuthorEntry a : r.authors()) {
      names.add(a.display() + "|" + a.dates() + "|" + a.source());
    }
    parts.add(names);
    parts.add(r.dates().coded());
    parts.add(r.dates().transcribed() == null ? null : r.dates().transcribed().raw());
    parts.add(r.edition().statement());
    parts.add(r.edition().printing().text());
    parts.add(r.extent().raw());
    parts.add(r.publisher().name());
    parts.add(r.publisher().place());
    List<String> series = new ArrayList<>();
    for (SeriesEntry s : r.series().fromSeriesFields()) {
      series.add(s.title() + "|" + s.numbering());
    }
    for (SeriesEntry s : r.series().fromNotes()) {
      series.add("note:" + s.title() + "|" + s.numbering());
    }
    parts.add(series);
    parts.add(r.identifiers().systemNumbers());
    parts.add(r.identifiers().lccn());
    parts.add(r.identifiers().language());
    parts.add(r.identifiers().classifications());
    return parts.toString();
  }
}
