package org.unioncat.ingest.normalize.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

/**
 * Extracts the coded and transcribed publication dates of a record, decides the trusted year and
 * the conflict, and proposes aligning the coded date with the transcribed one. Never throws on bad
 * data. Stateless and thread-safe.
 */
public final class DateExtractor {
  private static final char RDA_PUBLICATION = '1';
  private static final char RDA_COPYRIGHT = '4';
  /** Package-private for OriginalNoteQuickCheckTest. */
  static final Pattern ORIGINAL_NOTE =
      Pattern.compile(
          "(?i)originally published|original(?:ly)? issued|reprint(?:ed)? of|reprint\\. orig"
              + "|facsim[a-z.]*\\s+(?:reprint|reprod|of)|oorspr|erstausg|éd\\. originale"
              + "|原版|初版|原书|据.{0,20}?版(?:重印|影印)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

  /**
   * One of these is in every match of ORIGINAL_NOTE: "orig" (originally published, original(ly)
   * issued, reprint. orig, éd. originale), "reprint" (reprint(ed) of), "facsim", "oorspr",
   * "erstausg", 原版, 初版, 原书 and 据.
   */
  private static final String[] ORIGINAL_NOTE_FRAGMENTS = {
    "orig", "reprint", "facsim", "oorspr", "erstausg", "原版", "初版", "原书", "据"
  };

  /** Reads the record's dates; MARC21 or UNIMARC tags by {@code flavour}. */
  public DateInfo extract(MarcRecord record, MarcFlavour flavour) {
    boolean unimarc = flavour.isUnimarcFamily();
    CodedDate coded = unimarc ? unimarcCoded(record) : marc21Coded(record);
    TranscribedDate transcribed = unimarc ? unimarcTranscribed(record) : marc21Transcribed(record);
    Integer codedYear = coded == null ? null : coded.date1();
    Integer transcribedYear = transcribed == null ? null : transcribed.year();
    Integer trusted =
        unimarc
            ? (transcribedYear != null ? transcribedYear : codedYear)
            : (codedYear != null ? codedYear : transcribedYear);
    boolean conflict = DateInfo.conflicts(coded, transcribed);
    List<Correction> corrections = new ArrayList<>(1);
    if (conflict && transcribedYear != null) {
      corrections.add(
          new Correction(
              unimarc ? "100$a/9-12" : "008/07-10",
              String.valueOf(codedYear),
              String.valueOf(transcribedYear),
              "align the coded date with the transcribed date " + transcribed.source()
                  + " \"" + transcribed.raw() + "\" (causes 5, 7)",
              "使编码日期与" + transcribed.source() + "著录的出版日期一致（原因5、7）"));
    }
    return new DateInfo(
        coded, transcribed, trusted, conflict, originalYear(record, coded, unimarc), corrections);
  }

  private static CodedDate marc21Coded(MarcRecord record) {
    Optional<ControlField> f = record.controlField(Marc21Tags.FIXED_DATA);
    if (f.isEmpty()) {
      return null;
    }
    ControlField c = f.get();
    return new CodedDate(
        c.charAt(6), CodedDate.year(c.slice(7, 11)), CodedDate.year(c.slice(11, 15)), "008/06-14");
  }

  private static CodedDate unimarcCoded(MarcRecord record) {
    Optional<String> a = record.firstValue(CnmarcTags.GENERAL_PROCESSING, 'a');
    if (a.isEmpty()) {
      return null;
    }
    String v = (a.get() + " ".repeat(17)).substring(0, 17);
    return new CodedDate(
        v.charAt(8), CodedDate.year(v.substring(9, 13)), CodedDate.year(v.substring(13, 17)),
        "100$a/8-16");
  }

  private static TranscribedDate marc21Transcribed(MarcRecord record) {
    TranscribedDate rdaCopyright = null;
    TranscribedDate imprint = null;
    TranscribedDate rdaPublication = null;
    for (DataField f : record.dataFields(Marc21Tags.IMPRINT, Marc21Tags.PRODUCTION_PUBLICATION)) {
      Optional<String> c = f.first('c');
      if (c.isEmpty()) {
        continue;
      }
      if (f.tag().equals(Marc21Tags.IMPRINT) && imprint == null) {
        imprint = TranscribedDateParser.parse(c.get(), "260$c");
      } else if (f.ind2() == RDA_PUBLICATION && rdaPublication == null) {
        rdaPublication = TranscribedDateParser.parse(c.get(), "264$c");
      } else if (f.ind2() == RDA_COPYRIGHT && rdaCopyright == null) {
        rdaCopyright = TranscribedDateParser.parse(c.get(), "264$c");
      }
    }
    TranscribedDate chosen = rdaPublication != null ? rdaPublication : imprint;
    if (chosen == null) {
      return rdaCopyright;
    }
    if (chosen.copyrightYear() == null && rdaCopyright != null && rdaCopyright.year() != null) {
      // RDA puts "©2005" in its own 264 _4: keep it with the publication date
      chosen =
          new TranscribedDate(
              chosen.raw(), chosen.year(), rdaCopyright.year(), chosen.earliest(), chosen.latest(),
              chosen.source());
    }
    return chosen;
  }

  private static TranscribedDate unimarcTranscribed(MarcRecord record) {
    return record
        .firstValue(CnmarcTags.PUBLICATION, 'd')
        .map(d -> TranscribedDateParser.parse(d, "210$d"))
        .orElse(null);
  }

  private static Integer originalYear(MarcRecord record, CodedDate coded, boolean unimarc) {
    if (coded != null && coded.isReprint() && coded.date2() != null) {
      return coded.date2();
    }
    if (!unimarc) {
      for (DataField f : record.dataFields(Marc21Tags.ORIGINAL_VERSION_NOTE)) {
        Integer y = firstYear(f.join("cdn"));
        if (y != null) {
          return y;
        }
      }
    }
    String[] noteTags =
        unimarc
            ? new String[] {CnmarcTags.EDITION_HISTORY_NOTE, CnmarcTags.GENERAL_NOTE}
            : new String[] {Marc21Tags.GENERAL_NOTE};
    for (DataField f : record.dataFields(noteTags)) {
      String note = f.join("a");
      if (!mayNameOriginal(note)) {
        continue;
      }
      Matcher m = ORIGINAL_NOTE.matcher(note);
      if (m.find()) {
        Integer y = firstYear(note.substring(m.start()));
        if (y != null) {
          return y;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code note} holds a fragment that every alternative of {@link #ORIGINAL_NOTE} needs;
   * most notes hold none, and the case-insensitive scan ran on every one of them. Lower-casing
   * covers the pattern's ASCII-only case insensitivity.
   */
  static boolean mayNameOriginal(String note) {
    String lower = note.toLowerCase(Locale.ROOT);
    for (String fragment : ORIGINAL_NOTE_FRAGMENTS) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  private static Integer firstYear(String text) {
    Matcher y = YEAR.matcher(text);
    return y.find() ? Integer.valueOf(y.group(1)) : null;
  }
}
