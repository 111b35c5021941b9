package org.unioncat.ingest.normalize.name;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.title.LinkedFields;

/**
 * Extracts a record's names as {@link AuthorEntry} values, main entry first, then the others in
 * record order: MARC21 100/110/111 and 700/710/711, each followed by its linked 880 (the name in
 * the original script, {@code cjk} when it is in characters); UNIMARC/CNMARC 700/710 and 701/711
 * (primary responsibility, {@code main}) before 702/712 (secondary). An 880 counts as an authorized
 * form when its romanized partner does. Upper-case pinyin subfields ($A, $B) of Chinese CNMARC
 * records are ignored: the characters are the key. Never throws; a name field with no name is
 * skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuthorExtractor {
  private static final Pattern FINAL_COMMA = Pattern.compile(",$");
  /** MARC21: $a name, $b numeration, $c titles, $q fuller form; $n $c for meetings. */
  private static final NameFieldReader.Layout MARC21_PERSONAL =
      new NameFieldReader.Layout("abcq", 'd', "dq01", "a");

  private static final NameFieldReader.Layout MARC21_CORPORATE =
      new NameFieldReader.Layout("ab", 'd', "01", "ab");
  private static final NameFieldReader.Layout MARC21_MEETING =
      new NameFieldReader.Layout("aqnc", 'd', "01", "a");

  /**
   * UNIMARC: $a entry element, $b rest of name, $c additions, $d roman numerals, $f dates, $g
   * fuller form, $3 authority number.
   */
  private static final NameFieldReader.Layout UNIMARC_PERSONAL =
      new NameFieldReader.Layout("abd", 'f', "fg3", "ab");

  private static final NameFieldReader.Layout UNIMARC_CORPORATE =
      new NameFieldReader.Layout("abde", 'f', "3", "ab");

  /** Extracts the names of {@code record} with the tag table of {@code flavour}. */
  public List<AuthorEntry> extract(MarcRecord record, MarcFlavour flavour) {
    if (record == null) {
      return List.of();
    }
    List<AuthorEntry> out =
        flavour != null && flavour.isUnimarcFamily() ? fromUnimarc(record) : fromMarc21(record);
    return List.copyOf(out);
  }

  private static List<AuthorEntry> fromMarc21(MarcRecord record) {
    List<AuthorEntry> out = new ArrayList<>();
    Map<DataField, Boolean> used880 = new IdentityHashMap<>();
    List<DataField> fields =
        new ArrayList<>(
            record.dataFields(
                Marc21Tags.MAIN_PERSONAL_NAME,
                Marc21Tags.MAIN_CORPORATE_NAME,
                Marc21Tags.MAIN_MEETING_NAME));
    fields.addAll(
        record.dataFields(
            Marc21Tags.ADDED_PERSONAL_NAME,
            Marc21Tags.ADDED_CORPORATE_NAME,
            Marc21Tags.ADDED_MEETING_NAME));
    for (DataField f : fields) {
      AuthorEntry romanized = addMarc21(out, f, f.tag(), f.tag());
      Optional<DataField> alt = LinkedFields.alternateOf(record, f);
      if (alt.isPresent()) {
        used880.put(alt.get(), Boolean.TRUE);
        AuthorEntry original = addMarc21(out, alt.get(), f.tag(), "880(" + f.tag() + ")");
        if (original != null
            && romanized != null
            && romanized.authorizedForm()
            && !original.authorizedForm()) {
          // the 880 is the same heading in another script: catalogers put $0 on one of the two
          out.set(
              out.size() - 1,
              new AuthorEntry(
                  original.display(),
                  original.key(),
                  original.phoneticKey(),
                  original.kind(),
                  original.main(),
                  original.cjk(),
                  true,
                  original.dates(),
                  original.source()));
        }
      }
    }
    // 880s whose romanized partner is missing ("100-00"): still names of the record
    for (DataField alt : record.dataFields(Marc21Tags.ALTERNATE_GRAPHIC)) {
      String linked = LinkedFields.linkedTag(alt.first(LinkedFields.LINKAGE).orElse(""));
      if (!used880.containsKey(alt) && linked != null && isMarc21NameTag(linked)) {
        addMarc21(out, alt, linked, "880(" + linked + ")");
      }
    }
    return out;
  }

  private static boolean isMarc21NameTag(String tag) {
    return tag.equals(Marc21Tags.MAIN_PERSONAL_NAME)
        || tag.equals(Marc21Tags.MAIN_CORPORATE_NAME)
        || tag.equals(Marc21Tags.MAIN_MEETING_NAME)
        || tag.equals(Marc21Tags.ADDED_PERSONAL_NAME)
        || tag.equals(Marc21Tags.ADDED_CORPORATE_NAME)
        || tag.equals(Marc21Tags.ADDED_MEETING_NAME);
  }

  /** Adds the entry of {@code f} and returns it, or returns null when it has no name. */
  private static AuthorEntry addMarc21(
      List<AuthorEntry> out, DataField f, String tag, String sourceTag) {
    boolean main = tag.startsWith("1");
    AuthorEntry e;
    if (tag.equals(Marc21Tags.MAIN_PERSONAL_NAME) || tag.equals(Marc21Tags.ADDED_PERSONAL_NAME)) {
      e =
          NameFieldReader.read(
              f, NameKind.PERSONAL, marc21Order(f), main, MARC21_PERSONAL, sourceTag);
    } else if (tag.equals(Marc21Tags.MAIN_CORPORATE_NAME)
        || tag.equals(Marc21Tags.ADDED_CORPORATE_NAME)) {
      e =
          NameFieldReader.read(
              f, NameKind.CORPORATE, NameOrder.WHOLE, main, MARC21_CORPORATE, sourceTag);
    } else {
      e =
          NameFieldReader.read(
              f, NameKind.MEETING, NameOrder.WHOLE, main, MARC21_MEETING, sourceTag);
    }
    if (e.key().isEmpty()) {
      return null;
    }
    out.add(e);
    return e;
  }

  /** MARC21 personal names: ind1 1 surname, 0 forename, 3 family name. */
  private static NameOrder marc21Order(DataField f) {
    boolean comma =
        f.first('a').map(a -> FINAL_COMMA.matcher(a.strip()).replaceAll("").contains(",")).orElse(false);
    return switch (f.ind1()) {
      case '1' -> NameOrder.INVERTED;
      case '3' -> NameOrder.WHOLE;
      default -> comma ? NameOrder.INVERTED : NameOrder.WHOLE; // "Smith, John" with a wrong ind1
    };
  }

  private static List<AuthorEntry> fromUnimarc(MarcRecord record) {
    List<AuthorEntry> primary = new ArrayList<>();
    List<AuthorEntry> secondary = new ArrayList<>();
    for (DataField f :
        record.dataFields(
            CnmarcTags.PERSONAL_NAME_MAIN,
            CnmarcTags.PERSONAL_NAME_PRIMARY,
            CnmarcTags.PERSONAL_NAME_SECONDARY,
            CnmarcTags.CORPORATE_NAME_MAIN,
            CnmarcTags.CORPORATE_NAME_PRIMARY,
            CnmarcTags.CORPORATE_NAME_SECONDARY)) {
      String tag = f.tag();
      boolean main =
          !tag.equals(CnmarcTags.PERSONAL_NAME_SECONDARY)
              && !tag.equals(CnmarcTags.CORPORATE_NAME_SECONDARY);
      AuthorEntry e;
      if (tag.equals(CnmarcTags.PERSONAL_NAME_MAIN)
          || tag.equals(CnmarcTags.PERSONAL_NAME_PRIMARY)
          || tag.equals(CnmarcTags.PERSONAL_NAME_SECONDARY)) {
        e =
            NameFieldReader.read(
                f, NameKind.PERSONAL, unimarcOrder(f), main, UNIMARC_PERSONAL, tag);
      } else {
        // UNIMARC 71X ind1: 0 corporate body, 1 meeting
        NameKind kind = f.ind1() == '1' ? NameKind.MEETING : NameKind.CORPORATE;
        e = NameFieldReader.read(f, kind, NameOrder.WHOLE, main, UNIMARC_CORPORATE, tag);
      }
      if (!e.key().isEmpty()) {
        (main ? primary : secondary).add(e);
      }
    }
    // the single-occurrence main entries (700, 710) before alternative primaries (701, 711)
    primary.sort((x, y) -> Boolean.compare(!isUnimarcMain(x), !isUnimarcMain(y)));
    primary.addAll(secondary);
    return primary;
  }

  private static boolean isUnimarcMain(AuthorEntry e) {
    return e.source().startsWith(CnmarcTags.PERSONAL_NAME_MAIN)
        || e.source().startsWith(CnmarcTags.CORPORATE_NAME_MAIN);
  }

  /** UNIMARC 70X ind2: 0 direct order / forename, 1 surname first; $b present means inverted. */
  private static NameOrder unimarcOrder(DataField f) {
    if (f.first('b').isPresent() || f.ind2() == '1') {
      return NameOrder.INVERTED;
    }
    return NameOrder.WHOLE;
  }
}
