package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;

/**
 * Builds a labelled test catalog from seed records: each seed becomes one case (a lone original,
 * a duplicate made by one of the twelve causes, or a hard negative), spread over the member
 * libraries with each library's holdings and local 001s, passed through mild noise, and labelled
 * in a {@link TruthTable}. Deterministic: the same seeds and config give the same catalog.
 */
public final class CatalogGenerator {
  static final double NOISE_RATE = 0.4;

  private final GeneratorConfig config;
  private final Random random;
  private final List<String> libraries;
  private final List<CaseRecord> emitted = new ArrayList<>();
  private final Map<String, Integer> caseCounts = new TreeMap<>();
  private int groups;

  private CatalogGenerator(GeneratorConfig config) {
    this.config = config;
    this.random = new Random(config.seed());
    this.libraries = config.libraryCodes();
  }

  /**
   * Generates the catalog. Needs at least {@code targetSize + casesFor(10)} distinct usable
   * seeds (cause 10 uses a second book); throws {@link IllegalArgumentException} otherwise.
   */
  public static GeneratedCatalog generate(List<SeedRecord> seeds, GeneratorConfig config) {
    return new CatalogGenerator(config).run(seeds);
  }

  private GeneratedCatalog run(List<SeedRecord> seeds) {
    List<Bib> pool = SeedScreen.usable(seeds);
    Collections.shuffle(pool, random);
    int needed = config.targetSize() + config.casesFor(10);
    if (pool.size() < needed) {
      throw new IllegalArgumentException(
          "need at least " + needed + " distinct usable seeds for " + config + ", got "
              + pool.size());
    }
    List<String> plan = new ArrayList<>();
    for (int cause = 1; cause <= GeneratorConfig.CAUSES; cause++) {
      plan.addAll(Collections.nCopies(config.casesFor(cause), String.format(Locale.ROOT, "cause%02d", cause)));
    }
    plan.addAll(Collections.nCopies(config.hardNegativeCases(), "negative"));
    if (plan.size() > config.targetSize()) {
      throw new IllegalArgumentException("shares round to more cases than targetSize: " + config);
    }
    plan.addAll(Collections.nCopies(config.targetSize() - plan.size(), "lone"));
    Collections.shuffle(plan, random);
    for (String kind : plan) {
      Bib seed = pool.remove(pool.size() - 1);
      buildCase(kind, seed, pool);
    }
    return assemble();
  }

  private void buildCase(String kind, Bib seed, List<Bib> pool) {
    CaseBuilder cases = new CaseBuilder(this);
    if (kind.equals("lone")) {
      cases.original(seed, anyLibrary());
      count(kind);
    } else if (kind.equals("negative")) {
      List<HardNegative> kinds = HardNegative.forFlavour(seed.chinese());
      HardNegative negative = kinds.get(random.nextInt(kinds.size()));
      cases.hardNegative(seed, negative);
      count("negative:" + negative.name());
    } else {
      int cause = Integer.parseInt(kind.substring(5));
      cases.cause(cause, seed, cause == 10 ? takeSameFlavour(pool, seed) : null);
      count(kind);
    }
  }

  private static Bib takeSameFlavour(List<Bib> pool, Bib seed) {
    for (int i = pool.size() - 1; i >= 0; i--) {
      if (pool.get(i).chinese() == seed.chinese()) {
        return pool.remove(i);
      }
    }
    return pool.remove(pool.size() - 1);
  }

  private void count(String kind) {
    caseCounts.merge(kind, 1, Integer::sum);
  }

  // ---- used by CaseBuilder --------------------------------------------------------------------

  Random random() {
    return random;
  }

  String newGroup() {
    return String.format(Locale.ROOT, "G%05d", ++groups);
  }

  String anyLibrary() {
    return libraries.get(random.nextInt(libraries.size()));
  }

  String libraryOtherThan(String... taken) {
    List<String> free = new ArrayList<>(libraries);
    free.removeAll(List.of(taken));
    return free.isEmpty() ? anyLibrary() : free.get(random.nextInt(free.size()));
  }

  void emit(CaseRecord record) {
    emitted.add(record);
  }

  // ---- from case records to library files and truth ------------------------------------------

  private GeneratedCatalog assemble() {
    LocalIds ids = new LocalIds(libraries, random);
    Map<CaseRecord, Bib> finished = new LinkedHashMap<>();
    Map<CaseRecord, String> idOf = new LinkedHashMap<>();
    Map<String, List<GeneratedRecord>> byLibrary = new TreeMap<>();
    Map<String, List<TruthRow>> truthByLibrary = new TreeMap<>();
    for (String library : libraries) {
      byLibrary.put(library, new ArrayList<>());
      truthByLibrary.put(library, new ArrayList<>());
    }
    for (CaseRecord c : emitted) {
      Bib bib;
      if (c.identicalTo != null) {
        bib = finished.get(c.identicalTo).copy();
      } else {
        bib = c.bib.copy();
        Noise.apply(bib, random, NOISE_RATE);
      }
      finished.put(c, bib.copy());
      String localId = null;
      if (c.keepLocalId && ids.claim(c.library, idOf.get(c.identicalTo))) {
        localId = idOf.get(c.identicalTo);
      }
      if (localId == null) {
        localId = ids.next(c.library);
      }
      idOf.put(c, localId);
      bib.setControl("001", localId);
      if (c.holdings) {
        bib.add(Holdings.field(bib, c.library, c.classNumber, random));
        if (random.nextInt(5) == 0) {
          bib.add(Holdings.field(bib, c.library, c.classNumber, random)); // a second copy
        }
      }
      byLibrary.get(c.library).add(new GeneratedRecord(c.library, bib.flavour, bib.toRecord()));
      truthByLibrary.get(c.library).add(
          new TruthRow(c.library, localId, c.group, c.cause, c.role, c.finding, c.negativeOf));
    }
    List<TruthRow> rows = new ArrayList<>();
    for (String library : libraries) {
      shuffleTogether(byLibrary.get(library), truthByLibrary.get(library));
      rows.addAll(truthByLibrary.get(library));
    }
    return new GeneratedCatalog(byLibrary, new TruthTable(rows), caseCounts);
  }

  /** Upload order is not generation order: originals and their copies arrive interleaved. */
  private void shuffleTogether(List<GeneratedRecord> records, List<TruthRow> rows) {
    for (int i = records.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Collections.swap(records, i, j);
      Collections.swap(rows, i, j);
    }
  }

  /** Seeds the generator can use: holdings and local ids stripped, repeats dropped. */
  static final class SeedScreen {
    private SeedScreen() {}

    static List<Bib> usable(List<SeedRecord> seeds) {
      List<Bib> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (SeedRecord seed : seeds) {
        Bib bib = Bib.of(seed);
        bib.fields.removeIf(CatalogGenerator.SeedScreen::strip);
        String title = bib.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (title.isEmpty() || !printedBook(bib)) {
          continue;
        }
        boolean fresh = seen.add("t:" + title + "/" + bib.codedYear());
        if (bib.isbn().isPresent()) {
          fresh &= seen.add("i:" + Isbns.to13(bib.isbn().get()));
        }
        if (fresh) {
          out.add(bib);
        }
      }
      return out;
    }

    /**
     * Seeds must be printed books: every mutation and hard negative (e-book, audio, other
     * volume...) is made from a print original, and a seed that already is an e-reproduction or
     * a recording would make a "negative" identical to its original, which no matcher can tell
     * apart.
     */
    private static boolean printedBook(Bib bib) {
      char type = bib.leader.charAt(6);
      boolean text = bib.chinese() ? type == 'a' || type == 'b' : type == 'a' || type == 't';
      if (!text) {
        return false;
      }
      for (MarcField f : bib.fields) {
        if (f instanceof DataField) {
          DataField d = (DataField) f;
          String words =
              (d.tag().equals("245") ? d.join("h") : "")
                  + (d.tag().equals("200") ? d.join("b") : "")
                  + (d.tag().equals("300") || d.tag().equals("215") ? d.join("a") : "")
                  + (d.tag().equals("337") || d.tag().equals("338") ? d.join("a") : "");
          String w = words.toLowerCase(Locale.ROOT);
          if (w.contains("electronic") || w.contains("online") || w.contains("电子")
              || w.contains("電子") || w.contains("在线") || w.contains("在線")
              || w.contains("sound") || w.contains("录音")) {
            return false;
          }
        }
      }
      return true;
    }

    private static boolean strip(MarcField field) {
      String tag = field.tag();
      return (field instanceof ControlField && (tag.equals("001") || tag.equals("003")))
          || tag.equals("852")
          || tag.equals("905")
          || tag.startsWith("9");
    }
  }
}
