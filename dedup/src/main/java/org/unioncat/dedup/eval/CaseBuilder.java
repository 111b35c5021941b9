package org.unioncat.dedup.eval;

import java.util.List;
import java.util.Random;

/** Turns one seed into the records of one case and hands them to the generator. */
final class CaseBuilder {
  private final CatalogGenerator generator;
  private final Random random;

  CaseBuilder(CatalogGenerator generator) {
    this.generator = generator;
    this.random = generator.random();
  }

  /** A lone original with holdings: the group's only record so far. */
  CaseRecord original(Bib bib, String library) {
    CaseRecord record = new CaseRecord(library, bib, generator.newGroup(), 0, Role.ORIGINAL, false, "");
    record.classNumber = Holdings.classNumber(bib, random);
    generator.emit(record);
    return record;
  }

  private CaseRecord add(CaseRecord record, String classNumber) {
    record.classNumber = classNumber;
    generator.emit(record);
    return record;
  }

  void hardNegative(Bib seed, HardNegative kind) {
    Bib original = seed.copy();
    Bib negative = kind.build(original, random);
    CaseRecord first = original(original, generator.anyLibrary());
    add(new CaseRecord(generator.anyLibrary(), negative, generator.newGroup(), 0, Role.ORIGINAL,
        false, first.group), Holdings.classNumber(negative, random));
  }

  void cause(int cause, Bib seed, Bib secondBook) {
    Bib original = seed.copy();
    Bib duplicate = seed.copy();
    switch (cause) {
      case 1 -> DuplicateMutations.isbnForms(original, duplicate, random);
      case 2 -> DuplicateMutations.binding(original, duplicate, random);
      case 4 -> DuplicateMutations.authorForms(original, duplicate, random);
      case 6 -> DuplicateMutations.reprint(original, duplicate, random);
      case 8 -> DuplicateMutations.seriesInNote(original, duplicate, random);
      case 3 -> {
        multiVolume(seed);
        return;
      }
      case 5, 7 -> {
        CaseRecord first = original(original, generator.anyLibrary());
        Bib next = cause == 5 ? FindingMutations.staleCopy(original, random)
            : FindingMutations.staleCodedDate(original, random);
        add(new CaseRecord(generator.anyLibrary(), next, generator.newGroup(), cause, Role.ORIGINAL,
            true, first.group), first.classNumber);
        return;
      }
      case 9, 12 -> {
        sameRecordAgain(cause, original);
        return;
      }
      case 10 -> {
        wrongRecord(original, secondBook);
        return;
      }
      case 11 -> {
        CaseRecord first = original(original, generator.anyLibrary());
        CaseRecord bad = add(new CaseRecord(generator.anyLibrary(), FindingMutations.noTitle(seed, random),
            first.group, 11, Role.FINDING, true, ""), Holdings.classNumber(seed, random));
        bad.holdings = random.nextBoolean();
        return;
      }
      default -> throw new IllegalArgumentException("no cause " + cause);
    }
    CaseRecord first = original(original, generator.anyLibrary());
    add(new CaseRecord(generator.libraryOtherThan(first.library), duplicate, first.group, cause,
        Role.DUPLICATE, false, ""), Holdings.classNumber(duplicate, random));
  }

  /** Cause 3: the set and volume records, each its own group; none may be linked to another. */
  private void multiVolume(Bib seed) {
    List<Bib> parts = FindingMutations.multiVolume(seed, random);
    String firstGroup = null;
    String classNumber = Holdings.classNumber(seed, random);
    for (Bib part : parts) {
      String group = generator.newGroup();
      add(new CaseRecord(generator.anyLibrary(), part, group, 3, Role.ORIGINAL, true,
          firstGroup == null ? "" : firstGroup), classNumber);
      if (firstGroup == null) {
        firstGroup = group;
      }
    }
  }

  /**
   * Cause 9: the same library downloaded the record again and left it empty (no holdings).
   * Cause 12: the same record uploaded unchanged by another library (sometimes even with the
   * same 001), or by the same library under a second call number (also a finding).
   */
  private void sameRecordAgain(int cause, Bib bib) {
    CaseRecord first = original(bib, generator.anyLibrary());
    boolean sameLibrary = cause == 9 || random.nextInt(5) < 2;
    String library = sameLibrary ? first.library : generator.libraryOtherThan(first.library);
    String classNumber = first.classNumber;
    if (cause == 12 && sameLibrary) {
      classNumber = otherClassNumber(bib);
    }
    CaseRecord copy = add(new CaseRecord(library, bib, first.group, cause, Role.DUPLICATE,
        cause == 12 && sameLibrary, ""), classNumber);
    copy.identicalTo = first;
    copy.holdings = cause != 9;
    copy.keepLocalId = cause == 12 && !sameLibrary && random.nextBoolean();
  }

  private String otherClassNumber(Bib bib) {
    if (bib.chinese()) {
      return "I" + (200 + random.nextInt(60)) + "." + (1 + random.nextInt(9));
    }
    return (100 + random.nextInt(800)) + "." + random.nextInt(1000);
  }

  /**
   * Cause 10: library L holds a copy of book X (cataloged elsewhere), but downloaded the record
   * of another book Y and hung X's holdings on it: the record is Y's, the call number is X's.
   */
  private void wrongRecord(Bib x, Bib y) {
    CaseRecord xRecord = original(x, generator.anyLibrary());
    CaseRecord yRecord = original(y, generator.libraryOtherThan(xRecord.library));
    CaseRecord wrong = add(new CaseRecord(generator.libraryOtherThan(xRecord.library, yRecord.library),
        y, yRecord.group, 10, Role.FINDING, true, xRecord.group), xRecord.classNumber);
    wrong.identicalTo = yRecord;
  }
}
