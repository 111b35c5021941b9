package org.unioncat.dedup.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.compare.Records.df;
import static org.unioncat.dedup.compare.Records.f008;
import static org.unioncat.dedup.compare.Records.f100;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;

class RecordComparatorTest {
  private final RecordComparator comparator = new RecordComparator();
  private final List<DedupRecord[]> compared = new ArrayList<>();

  // ---- record builders ----------------------------------------------------------------------

  /** A MARC21 English book: Kellas, The politics of nationalism and ethnicity. */
  private static List<MarcField> kellas() {
    List<MarcField> f = new ArrayList<>();
    f.add(f008("1998"));
    f.add(df("020", ' ', ' ', 'a', "9780312215538"));
    f.add(df("100", '1', ' ', 'a', "Kellas, James G.,", 'd', "1936-"));
    f.add(df("245", '1', '4', 'a', "The politics of nationalism and ethnicity /", 'c', "James G. Kellas."));
    f.add(df("260", ' ', ' ', 'a', "New York :", 'b', "St. Martin's Press,", 'c', "1998."));
    f.add(df("300", ' ', ' ', 'a', "xii, 270 p. ;", 'c', "23 cm."));
    return f;
  }

  /** A CNMARC Chinese book: 费孝通, 乡土中国. */
  private static List<MarcField> xiangtu() {
    List<MarcField> f = new ArrayList<>();
    f.add(df("010", ' ', ' ', 'a', "978-7-5633-3965-5", 'd', "CNY15.00"));
    f.add(f100("2003"));
    f.add(df("101", '0', ' ', 'a', "chi"));
    f.add(df("200", '1', ' ', 'a', "乡土中国", 'f', "费孝通著"));
    f.add(df("210", ' ', ' ', 'a', "桂林", 'c', "广西师范大学出版社", 'd', "2003"));
    f.add(df("215", ' ', ' ', 'a', "345页", 'd', "21cm"));
    f.add(df("701", ' ', '0', 'a', "费孝通", 'f', "(1910-2005)", '4', "著"));
    return f;
  }

  private static List<MarcField> with(List<MarcField> fields, String tag, MarcField... replacements) {
    List<MarcField> out = new ArrayList<>();
    boolean placed = false;
    for (MarcField f : fields) {
      if (f.tag().equals(tag)) {
        if (!placed) {
          out.addAll(List.of(replacements));
          placed = true;
        }
      } else {
        out.add(f);
      }
    }
    if (!placed) {
      out.addAll(List.of(replacements));
    }
    return out;
  }

  private static List<MarcField> without(List<MarcField> fields, String tag) {
    return with(fields, tag);
  }

  private static DedupRecord m21(String library, List<MarcField> fields) {
    return Records.m21(library, fields.toArray(MarcField[]::new));
  }

  private static DedupRecord cn(String library, List<MarcField> fields) {
    return Records.cn(library, fields.toArray(MarcField[]::new));
  }

  private Comparison compare(DedupRecord a, DedupRecord b) {
    compared.add(new DedupRecord[] {a, b});
    Comparison forward = comparator.compare(a, b);
    Comparison backward = comparator.compare(b, a);
    assertThat(backward.verdict()).isEqualTo(forward.verdict());
    assertThat(backward.score()).isEqualTo(forward.score());
    assertThat(backward.cause()).isEqualTo(forward.cause());
    return forward;
  }

  private static void assertVerdict(Comparison c, Verdict verdict, Cause cause) {
    assertThat(c.verdict()).as(c.explanationEn()).isEqualTo(verdict);
    assertThat(c.cause()).as(c.explanationEn()).isEqualTo(Optional.ofNullable(cause));
  }

  // ---- hard guards ---------------------------------------------------------------------------

  @Test
  void differentEditionNumbersAreNeverLinked() {
    DedupRecord second = m21("LIB01", with(kellas(), "250", df("250", ' ', ' ', 'a', "2nd ed.")));
    DedupRecord third = m21("LIB02", with(with(kellas(), "250", df("250", ' ', ' ', 'a', "3rd ed.")),
        "020", df("020", ' ', ' ', 'a', "9780312215545")));

    Comparison c = compare(second, third);

    assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_LINK);
    assertThat(c.explanationEn()).contains("different editions: edition 2 vs 3");
  }

  @Test
  void revisedWithoutANumberDiffersFromANumberedEdition() {
    DedupRecord revised = m21("LIB01", with(kellas(), "250", df("250", ' ', ' ', 'a', "Rev. ed.")));
    DedupRecord first = m21("LIB02", with(kellas(), "250", df("250", ' ', ' ', 'a', "1st ed.")));

    assertThat(compare(revised, first).verdict()).isEqualTo(Verdict.CANNOT_LINK);
  }

  @Test
  void aStaleCopyRelabeledAsTheNextEditionIsCause5NotADuplicate() {
    DedupRecord first = m21("LIB01", kellas());
    DedupRecord stale = m21("LIB02", with(kellas(), "250", df("250", ' ', ' ', 'a', "2nd ed.")));

    Comparison c = compare(first, stale);

    assertVerdict(c, Verdict.CANNOT_LINK, Cause.STALE_EDITION);
    assertThat(c.explanationEn()).contains("the ISBN is the other edition's");
  }

  @Test
  void aNewEditionStillCarryingTheOldCodedYearIsCause7() {
    DedupRecord first = m21("LIB01", kellas());
    List<MarcField> f = with(kellas(), "250", df("250", ' ', ' ', 'a', "2nd ed."));
    f = with(f, "020", df("020", ' ', ' ', 'a', "9780312299996"));
    f = with(f, "260", df("260", ' ', ' ', 'a', "New York :", 'b', "St. Martin's Press,", 'c', "2004."));
    f = with(f, "300", df("300", ' ', ' ', 'a', "xiv, 310 p. ;", 'c', "23 cm."));
    DedupRecord second = m21("LIB02", f); // 008 still says 1998

    assertVerdict(compare(first, second), Verdict.CANNOT_LINK, Cause.EDITION_DATE_CONFUSED);
  }

  @Test
  void differentVolumesAreNeverLinkedEvenWithTheSetIsbn() {
    DedupRecord v1 = m21("LIB01", with(kellas(), "245",
        df("245", '1', '4', 'a', "The politics of nationalism and ethnicity.", 'n', "v. 1 /", 'c', "James G. Kellas.")));
    DedupRecord v2 = m21("LIB02", with(kellas(), "245",
        df("245", '1', '4', 'a', "The politics of nationalism and ethnicity.", 'n', "v. 2 /", 'c', "James G. Kellas.")));

    Comparison c = compare(v1, v2);

    assertVerdict(c, Verdict.CANNOT_LINK, Cause.MULTI_VOLUME);
    assertThat(c.explanationEn()).contains("the shared ISBN does not make these one book");
  }

  @Test
  void aSetLevelRecordAndAVolumeRecordAreAMultiVolumeFindingNotAMerge() {
    List<MarcField> set = with(xiangtu(), "215", df("215", ' ', ' ', 'a', "3册", 'd', "21cm"));
    List<MarcField> volume = with(xiangtu(), "200", df("200", '1', ' ', 'a', "乡土中国", 'h', "第1册", 'f', "费孝通著"));

    assertVerdict(compare(cn("LIB01", set), cn("LIB02", volume)), Verdict.CANNOT_LINK, Cause.MULTI_VOLUME);
  }

  @Test
  void printAndElectronicAreNeverLinked() {
    List<MarcField> e = with(kellas(), "008", f008('s', "1998", "    ", "eng", 'o'));
    e = with(e, "300", df("300", ' ', ' ', 'a', "1 online resource (xii, 270 pages)"));
    e = with(e, "020", df("020", ' ', ' ', 'a', "9780312215538 (ebook)"));

    Comparison c = compare(m21("LIB01", kellas()), m21("LIB02", e));

    assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_LINK);
    assertThat(c.explanationEn()).contains("different carriers: print vs electronic resource");
  }

  @Test
  void bookAndAudioAreNeverLinked() {
    DedupRecord audio = Records.dedup("LIB02", Records.marc21(new Leader("00000nim a2200000 i 4500"), "a1",
        with(kellas(), "300", df("300", ' ', ' ', 'a', "8 audio discs (ca. 560 min.) : digital ; 4 3/4 in."))
            .toArray(MarcField[]::new)), MarcFlavour.MARC21);

    assertThat(compare(m21("LIB01", kellas()), audio).verdict()).isEqualTo(Verdict.CANNOT_LINK);
  }

  @Test
  void aTranslationIsNeverLinked() {
    List<MarcField> german = with(kellas(), "008", f008('s', "1999", "    ", "ger", ' '));
    german = with(german, "020", df("020", ' ', ' ', 'a', "9783406445678"));

    Comparison c = compare(m21("LIB01", kellas()), m21("LIB02", german));

    assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_LINK);
    assertThat(c.explanationEn()).contains("different languages eng vs ger");
  }

  @Test
  void clearlyDifferentTitlesAreNeverLinked() {
    List<MarcField> other = with(kellas(), "245",
        df("245", '1', '0', 'a', "Ethnic groups in conflict /", 'c', "James G. Kellas."));

    assertThat(compare(m21("LIB01", kellas()), m21("LIB02", other)).verdict()).isEqualTo(Verdict.CANNOT_LINK);
  }

  @Test
  void titlesDifferingOnlyInTheYearAreAnotherIssue() {
    List<MarcField> a = with(xiangtu(), "200", df("200", '1', ' ', 'a', "'94中国发展报告", 'f', "国家统计局编"));
    List<MarcField> b = with(xiangtu(), "200", df("200", '1', ' ', 'a', "'95中国发展报告", 'f', "国家统计局编"));

    assertThat(compare(cn("LIB01", a), cn("LIB02", b)).verdict()).isEqualTo(Verdict.CANNOT_LINK);
  }

  // ---- ISBN ----------------------------------------------------------------------------------

  @Test
  void isbnAloneNeverMakesADuplicate() {
    List<MarcField> reused = with(kellas(), "245",
        df("245", '1', '0', 'a', "Nationalism and the politics of ethnicity /", 'c', "John Smith."));
    reused = with(reused, "100", df("100", '1', ' ', 'a', "Smith, John."));

    Comparison c = compare(m21("LIB01", kellas()), m21("LIB02", reused));

    assertThat(c.verdict()).isNotEqualTo(Verdict.DUPLICATE);
    assertThat(c.explanationEn()).contains("same ISBN-13 after folding 9780312215538")
        .contains("the shared ISBN does not make these one book");
  }

  @Test
  void isbn10AndIsbn13OfTheSameNumberAreADuplicateOfCause1() {
    DedupRecord ten = m21("LIB01", with(kellas(), "020", df("020", ' ', ' ', 'a', "0-312-21553-3")));
    DedupRecord thirteen = m21("LIB02", with(kellas(), "020", df("020", ' ', ' ', 'a', "978-0-312-21553-8")));

    Comparison c = compare(ten, thirteen);

    assertVerdict(c, Verdict.DUPLICATE, Cause.ISBN_FORMS);
    assertThat(c.explanationEn()).contains("ISBN-10 0312215533");
  }

  @Test
  void hardcoverAndPaperbackWithDifferentIsbnsAreADuplicateOfCause2() {
    DedupRecord hard = cn("LIB01", with(xiangtu(), "010", df("010", ' ', ' ', 'a', "978-7-5633-3965-5", 'b', "精装", 'd', "CNY45.00")));
    DedupRecord soft = cn("LIB02", with(xiangtu(), "010", df("010", ' ', ' ', 'a', "978-7-5633-3966-2", 'b', "平装", 'd', "CNY15.00")));

    Comparison c = compare(hard, soft);

    assertVerdict(c, Verdict.DUPLICATE, Cause.BINDING);
    assertThat(c.explanationZh()).contains("装帧不同：精装 对 平装");
  }

  @Test
  void differentIsbnsWithoutABindingKeepTheMatchAwayFromASureDuplicateOnShortTitles() {
    List<MarcField> a = with(xiangtu(), "200", df("200", '1', ' ', 'a', "中国通史", 'f', "吕思勉著"));
    a = with(a, "701", df("701", ' ', '0', 'a', "吕思勉", '4', "著"));
    List<MarcField> b = with(a, "010", df("010", ' ', ' ', 'a', "978-7-5633-3966-2"));

    assertThat(compare(cn("LIB01", a), cn("LIB02", b)).verdict()).isNotEqualTo(Verdict.DUPLICATE);
  }

  // ---- the duplicate causes ------------------------------------------------------------------

  @Test
  void reprintWithAFewMorePagesIsADuplicateOfCause6WithABilingualExplanation() {
    DedupRecord original = cn("LIB01", xiangtu());
    List<MarcField> reprint = with(xiangtu(), "205", df("205", ' ', ' ', 'a', "第1版", 'b', "第3次印刷"));
    reprint = with(reprint, "215", df("215", ' ', ' ', 'a', "347页", 'd', "21cm"));
    DedupRecord copy = cn("LIB02", reprint);

    Comparison c = compare(original, copy);

    assertVerdict(c, Verdict.DUPLICATE, Cause.REPRINT);
    assertThat(c.explanationEn()).startsWith("same ISBN-13 after folding 9787563339655; title identical")
        .contains("edition 1 (not stated) vs 1 (second is a reprint, 3rd printing)")
        .contains("pages 345 vs 347");
    assertThat(c.explanationZh()).startsWith("折算后 ISBN-13 相同 9787563339655；题名相同")
        .contains("版次 1（未著录） 对 1（第二条为重印，第3次印刷）")
        .contains("页数 345 对 347");
  }

  @Test
  void aReprintNoteWithAReprintDateIsCause6() {
    List<MarcField> reprint = with(kellas(), "008", f008('r', "2004", "1998", "eng", ' '));
    reprint = with(reprint, "500", df("500", ' ', ' ', 'a', "Reprinted 2004."));

    assertVerdict(compare(m21("LIB01", kellas()), m21("LIB02", reprint)), Verdict.DUPLICATE, Cause.REPRINT);
  }

  @Test
  void seriesInANoteMeetsTheSeriesFieldAsCause8() {
    List<MarcField> field = new ArrayList<>(kellas());
    field.add(df("490", '1', ' ', 'a', "Penguin classics ;", 'v', "45"));
    field.add(df("830", ' ', '0', 'a', "Penguin classics ;", 'v', "45."));
    List<MarcField> note = new ArrayList<>(kellas());
    note.add(df("500", ' ', ' ', 'a', "(Penguin classics ; 45)"));

    Comparison c = compare(m21("LIB01", field), m21("LIB02", note));

    assertVerdict(c, Verdict.DUPLICATE, Cause.SERIES_IN_NOTE);
    assertThat(c.explanationEn()).contains("in a note (500$a)");
  }

  @Test
  void authorizedAndFreeFormAuthorsAreADuplicateOfCause4() {
    DedupRecord authorized = m21("LIB01", kellas());
    DedupRecord statementOnly = m21("LIB02", without(kellas(), "100"));
    DedupRecord invertedNoDates = m21("LIB03", with(kellas(), "100", df("100", '1', ' ', 'a', "Kellas, James.")));
    DedupRecord directOrder = m21("LIB04", with(kellas(), "100", df("100", '0', ' ', 'a', "James G. Kellas.")));

    assertVerdict(compare(authorized, statementOnly), Verdict.DUPLICATE, Cause.AUTHOR_FORM);
    assertVerdict(compare(authorized, invertedNoDates), Verdict.DUPLICATE, Cause.AUTHOR_FORM);
    assertVerdict(compare(authorized, directOrder), Verdict.DUPLICATE, Cause.AUTHOR_FORM);
  }

  @Test
  void cnmarcAuthorWithoutDatesOrOnlyIn200fIsCause4() {
    DedupRecord authorized = cn("LIB01", xiangtu());
    DedupRecord noHeading = cn("LIB02", without(xiangtu(), "701"));

    assertVerdict(compare(authorized, noHeading), Verdict.DUPLICATE, Cause.AUTHOR_FORM);
  }

  @Test
  void anEmptyCopyFromTheSameLibraryIsADuplicateOfCause9() {
    List<MarcField> held = new ArrayList<>(kellas());
    held.add(Records.holding852("LIB01", "JC311 .K42 1998"));
    DedupRecord withHoldings = m21("LIB01", held);
    DedupRecord empty = m21("LIB01", kellas());

    Comparison c = compare(withHoldings, empty);

    assertVerdict(c, Verdict.DUPLICATE, Cause.EMPTY_DOWNLOAD);
    assertThat(c.explanationEn()).contains("has no holdings (an empty copy)");
  }

  @Test
  void theSameLibraryUnderTwoCallNumbersIsADuplicateOfCause12() {
    List<MarcField> a = new ArrayList<>(xiangtu());
    a.add(Records.holding905("LIB03", "C912.82/12"));
    List<MarcField> b = new ArrayList<>(xiangtu());
    b.add(Records.holding905("LIB03", "C912.82/57"));

    Comparison c = compare(cn("LIB03", a), cn("LIB03", b));

    assertVerdict(c, Verdict.DUPLICATE, Cause.NO_CHECK);
    assertThat(c.explanationEn()).contains("call numbers C912.82/12 1 vs C912.82/57 1");
    assertThat(c.explanationZh()).contains("索书号 C912.82/12 1 对 C912.82/57 1");
  }

  @Test
  void identicalRecordsFromTwoLibrariesAreADuplicateOfCause12() {
    Comparison c = compare(m21("LIB01", kellas()), m21("LIB02", kellas()));

    assertVerdict(c, Verdict.DUPLICATE, Cause.NO_CHECK);
    assertThat(c.explanationEn()).contains("bibliographically identical records");
    assertThat(c.score()).isGreaterThan(0.95);
  }

  // ---- records that must not be merged on little evidence -------------------------------------

  @Test
  void aStubNeverReachesADuplicateOnTitleAlone() {
    List<MarcField> stub = new ArrayList<>();
    stub.add(df("245", '1', '4', 'a', "The politics of nationalism and ethnicity /", 'c', "James G. Kellas."));
    List<MarcField> other = new ArrayList<>(stub);
    other.add(df("300", ' ', ' ', 'a', "270 p."));

    Comparison c = compare(m21("LIB01", stub), m21("LIB02", other));

    assertThat(c.verdict()).isIn(Verdict.POSSIBLE, Verdict.DIFFERENT);
  }

  @Test
  void aRecordWithAPlaceholderTitleIsNeverADuplicate() {
    List<MarcField> placeholder = with(kellas(), "245", df("245", '0', '0', 'a', "REQUIRED FIELD"));

    Comparison c = compare(m21("LIB01", kellas()), m21("LIB02", placeholder));

    assertThat(c.verdict()).isIn(Verdict.POSSIBLE, Verdict.DIFFERENT);
    assertThat(c.cause()).contains(Cause.NO_TITLE);
  }

  @Test
  void theSameShortTitleByDifferentAuthorsIsDifferent() {
    List<MarcField> smith = new ArrayList<>();
    smith.add(f008("1990"));
    smith.add(df("100", '1', ' ', 'a', "Smith, John."));
    smith.add(df("245", '1', '0', 'a', "Poems /", 'c', "John Smith."));
    smith.add(df("260", ' ', ' ', 'a', "London :", 'b', "Faber,", 'c', "1990."));
    smith.add(df("300", ' ', ' ', 'a', "96 p."));
    List<MarcField> brown = new ArrayList<>();
    brown.add(f008("1990"));
    brown.add(df("100", '1', ' ', 'a', "Brown, Mary."));
    brown.add(df("245", '1', '0', 'a', "Poems /", 'c', "Mary Brown."));
    brown.add(df("260", ' ', ' ', 'a', "London :", 'b', "Faber,", 'c', "1990."));
    brown.add(df("300", ' ', ' ', 'a', "96 p."));
    assertThat(compare(m21("LIB01", smith), m21("LIB02", brown)).verdict()).isEqualTo(Verdict.DIFFERENT);

    List<MarcField> lu = with(xiangtu(), "200", df("200", '1', ' ', 'a', "中国通史", 'f', "吕思勉著"));
    lu = with(lu, "701", df("701", ' ', '0', 'a', "吕思勉", '4', "著"));
    lu = with(lu, "010");
    List<MarcField> fan = with(xiangtu(), "200", df("200", '1', ' ', 'a', "中国通史", 'f', "范文澜著"));
    fan = with(fan, "701", df("701", ' ', '0', 'a', "范文澜", '4', "著"));
    fan = with(fan, "010");
    assertThat(compare(cn("LIB01", lu), cn("LIB02", fan)).verdict()).isEqualTo(Verdict.DIFFERENT);
  }

  // ---- CNMARC vs MARC21 ----------------------------------------------------------------------

  @Test
  void aCnmarcRecordAndARomanizedMarc21RecordMeetOnThe880CharactersEvenInTraditionalForm() {
    List<MarcField> m = new ArrayList<>();
    m.add(f008('s', "2003", "    ", "chi", ' '));
    m.add(df("020", ' ', ' ', 'a', "9787563339655"));
    m.add(df("100", '1', ' ', '6', "880-01", 'a', "Fei, Xiaotong,", 'd', "1910-2005."));
    m.add(df("245", '1', '0', '6', "880-02", 'a', "Xiang tu Zhongguo /", 'c', "Fei Xiaotong zhu."));
    m.add(df("260", ' ', ' ', '6', "880-03", 'a', "Guilin :", 'b', "Guangxi shi fan da xue chu ban she,", 'c', "2003."));
    m.add(df("300", ' ', ' ', 'a', "345 p. ;", 'c', "21 cm."));
    m.add(df("880", '1', ' ', '6', "100-01/$1", 'a', "費孝通,", 'd', "1910-2005."));
    m.add(df("880", '1', '0', '6', "245-02/$1", 'a', "鄉土中國 /", 'c', "費孝通著."));
    m.add(df("880", ' ', ' ', '6', "260-03/$1", 'a', "桂林 :", 'b', "廣西師範大學出版社,", 'c', "2003."));
    List<MarcField> c = with(xiangtu(), "010", df("010", ' ', ' ', 'a', "7-5633-3965-5"));

    Comparison result = compare(m21("LIB01", m), cn("LIB02", c));

    assertThat(result.verdict()).as(result.explanationEn()).isEqualTo(Verdict.DUPLICATE);
    assertThat(result.explanationEn()).contains("compared on the 880 characters");
  }

  // ---- properties ----------------------------------------------------------------------------

  @Test
  void comparisonIsSymmetricAndDeterministicOverManyPairs() {
    List<DedupRecord> records = new ArrayList<>();
    records.add(m21("LIB01", kellas()));
    records.add(m21("LIB02", with(kellas(), "250", df("250", ' ', ' ', 'a', "2nd ed."))));
    records.add(m21("LIB03", with(kellas(), "020", df("020", ' ', ' ', 'a', "0312215533"))));
    records.add(m21("LIB01", without(kellas(), "100")));
    records.add(m21("LIB04", with(kellas(), "300", df("300", ' ', ' ', 'a', "1 online resource (270 pages)"))));
    records.add(cn("LIB01", xiangtu()));
    records.add(cn("LIB02", with(xiangtu(), "215", df("215", ' ', ' ', 'a', "350页"))));
    records.add(cn("LIB03", with(xiangtu(), "200", df("200", '1', ' ', 'a', "乡土中国", 'h', "下册"))));
    records.add(cn("LIB05", with(xiangtu(), "200", df("200", '1', ' ', 'a', "REQUIRED FIELD"))));
    for (DedupRecord a : records) {
      for (DedupRecord b : records) {
        if (a == b) {
          continue;
        }
        Comparison ab = comparator.compare(a, b);
        Comparison ba = comparator.compare(b, a);
        assertThat(ba).isEqualTo(ab);
        assertThat(comparator.compare(a, b)).isEqualTo(ab);
        assertThat(ab.first()).isLessThan(ab.second());
        assertThat(ab.score()).isBetween(0.0, 1.0);
        assertThat(ab.evidence()).allSatisfy(e -> {
          assertThat(e.en()).isNotBlank();
          assertThat(e.zh()).isNotBlank();
        });
      }
    }
  }
}
