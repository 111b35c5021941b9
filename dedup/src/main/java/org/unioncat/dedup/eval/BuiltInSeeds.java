package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * A small built-in seed list for {@link GenerateCatalog} until seeds are read from MARC files:
 * MARC21 records (English, German, French; values from catmandu/bu_bibs.mrc, CC-BY) and CNMARC
 * records (values from the dp2 CNMARC sample and typical Chinese books).
 */
public final class BuiltInSeeds {
  private BuiltInSeeds() {}

  /** Every built-in seed: MARC21 first, then CNMARC. */
  public static List<SeedRecord> all() {
    List<SeedRecord> out = new ArrayList<>(marc21());
    out.addAll(cnmarc());
    return out;
  }

  public static List<SeedRecord> marc21() {
    return List.of(
        m21("bu1", "1555535291", "cloth : alk. paper", "mau", "eng", 2002, null, null,
            "America without the death penalty :", "states leading the way /", "John F. Galliher ... [et al.].",
            null, "Boston :", "Northeastern University Press,", "c2002.", "280 p. ;", null, "HV8699.U5"),
        m21("bu2", "0804741794", "alk. paper", "cau", "eng", 2001, "Jennings, Eric Thomas.", null,
            "Vichy in the tropics :", "Pétain's national revolution in Madagascar, Guadeloupe, and Indochina, 1940-1944 /",
            "Eric T. Jennings.", null, "Stanford, Calif. :", "Stanford University Press,", "2001.", "xi, 313 p. ;",
            null, "DC397"),
        m21("bu3", "1571131930", "alk. paper", "nyu", "eng", 2002, "Grimstad, Kirsten J.", null,
            "The modern revival of gnosticism and Thomas Mann's Doktor Faustus /", null, "Kirsten J. Grimstad.",
            null, "Rochester, NY :", "Camden House,", "2002.", "viii, 232 p. ;", "Studies in German literature, linguistics, and culture", "PT2625.A44"),
        m21("bu4", "0195150171", "alk. paper", "enk", "eng", 2002, "Sabin, Margery,", "1940-",
            "Dissenters and mavericks :", "writings about India in English, 1765-2000 /", "Margery Sabin.",
            null, "Oxford ;", "Oxford University Press,", "2002.", "x, 286 p. ;", null, "PR129.I5"),
        m21("bu5", "0826216188", "alk. paper", "mou", "eng", 2006, "Winchell, Mark Royden,", "1948-",
            "Reinventing the South :", "versions of a literary region /", "Mark Royden Winchell.",
            null, "Columbia :", "University of Missouri Press,", "c2006.", "x, 287 p. ;", null, "PS261"),
        m21("bu6", "0271027045", "clothbound : alk. paper", "pau", "eng", 2005, "Byrnes, Joseph F.,", "1939-",
            "Catholic and French forever :", "religious and national identity in modern France /", "Joseph F. Byrnes.",
            null, "University Park, Pa. :", "Pennsylvania State University Press,", "c2005.", "xvi, 285 p. ;", null, "BX1530"),
        m21("bu7", "080713080X", "alk. paper", "lau", "eng", 2006, "Silver, Andrew.", null,
            "Minstrelsy and murder :", "the crisis of Southern humor, 1835-1925 /", "Andrew Silver.",
            null, "Baton Rouge :", "Louisiana State University Press,", "c2006.", "xi, 221 p. ;", "Southern literary studies", "PS261"),
        m21("bu8", "0801444322", "cloth : alk. paper", "nyu", "eng", 2005, "Koethe, John,", "1945-",
            "Scepticism, knowledge, and forms of reasoning /", null, "John Koethe.",
            null, "Ithaca, N.Y. :", "Cornell University Press,", "2005.", "xi, 155 p. ;", null, "B837"),
        m21("bu9", "0822958597", null, "pau", "eng", 2004, "Hamby, Barbara,", "1952-",
            "Babel /", null, "Barbara Hamby.", null, "Pittsburgh, Pa. :", "University of Pittsburgh Press,",
            "c2004.", "80 p. ;", "Pitt poetry series", "PS3558.A4216"),
        m21("bu10", "0415952018", "hardbound", "nyu", "eng", 2006, "Kawanishi, Yuko,", "1957-",
            "Families coping with mental illness :", "stories from the US and Japan /", "Yuko Kawanishi.",
            null, "New York :", "Routledge,", "2006.", "xii, 178 p. ;", null, "RC455.4.F3"),
        m21("bu11", "9780691130873", "hardcover : alk. paper", "nju", "eng", 2007, "Blair, Sara.", null,
            "Harlem crossroads :", "Black writers and the photograph in the twentieth century /", "Sara Blair.",
            null, "Princeton :", "Princeton University Press,", "c2007.", "xiv, 368 p. :", null, "PS153.N5"),
        m21("bu12", "0312215533", "pbk", "nyu", "eng", 1998, "Kellas, James G.", null,
            "The politics of nationalism and ethnicity /", null, "James G. Kellas.", "2nd ed.",
            "New York :", "St. Martin's Press,", "1998.", "xiv, 270 p. ;", null, "JC311"),
        m21("bu13", "0300090013", "cl. : alk. paper", "ctu", "eng", 2004, "Semmel, Stuart.", null,
            "Napoleon and the British /", null, "Stuart Semmel.", null, "New Haven :", "Yale University Press,",
            "c2004.", "xii, 339 p. :", null, "DC202.7"),
        m21("bu14", "9784770029935", "hbk.", "ja ", "eng", 2005, "Miyabe, Miyuki,", "1960-",
            "Crossfire /", null, "Miyuki Miyabe ; translated by Deborah Stuhr Iwabuchi and Anna Husson Isozaki.",
            null, "Tokyo ;", "Kodansha International,", "2005.", "407 p. ;", null, "PL856.I856"),
        m21("bu15", "067401393X", "pbk. : alk. paper", "mau", "eng", 2004, "Idema, W. L.", null,
            "The red brush :", "writing women of imperial China /", "Wilt Idema and Beata Grant.",
            null, "Cambridge, Mass. :", "Harvard University Asia Center,", "2004.", "xv, 934 p. ;",
            "Harvard East Asian monographs ; 231", "PL2278"),
        m21("bu16", "9780742554504", "pbk. : alk. paper", "mdu", "eng", 2007, "Xu, Gary G.,", "1968-",
            "Sinascape :", "contemporary Chinese cinema /", "Gary G. Xu.", null, "Lanham :",
            "Rowman & Littlefield,", "c2007.", "xi, 199 p. :", null, "PN1993.5.C4"),
        m21("bu17", "9781405180207", null, "mau", "eng", 2007, null, null, "Philosophy and the empirical /",
            null, "editors, Peter A. French, Howard K. Wettstein.", null, "Malden, MA :", "Blackwell Pub. Inc.,",
            "2007.", "vi, 371 p. ;", "Midwest studies in philosophy ; 31", "B53"),
        m21("bu18", "0787955183", "alk. paper", "cau", "eng", 2005, "Barkley, Elizabeth F.", null,
            "Collaborative learning techniques :", "a handbook for college faculty /",
            "Elizabeth F. Barkley, K. Patricia Cross, Claire Howell Major.", "1st ed.", "San Francisco :",
            "Jossey-Bass,", "c2005.", "xx, 290 p. :", "The Jossey-Bass higher and adult education series", "LB1032"),
        m21("de1", "9783775719858", null, "gw ", "ger", 2007, null, null, "Made in Germany /", null,
            "[Redaktion, Martin Engler].", null, "Ostfildern :", "Hatje Cantz,", "c2007.", "338 S. :", null, "N6868.6"),
        m21("de2", "3518389041", null, "gw ", "ger", 1994, "Habermas, Jürgen.", null,
            "Faktizität und Geltung :", "Beiträge zur Diskurstheorie des Rechts und des demokratischen Rechtsstaats /",
            "Jürgen Habermas.", "4., erw. Aufl.", "Frankfurt am Main :", "Suhrkamp,", "1994.", "704 S. ;",
            "Suhrkamp-Taschenbuch Wissenschaft ; 1361", "K230.H32"),
        m21("de3", "3150000010", null, "gw ", "ger", 2000, "Goethe, Johann Wolfgang von,", "1749-1832.",
            "Faust :", "der Tragödie erster Teil /", "Johann Wolfgang Goethe.", null, "Stuttgart :",
            "Reclam,", "2000.", "144 S. ;", "Universal-Bibliothek ; 1", "PT1916"),
        m21("fr1", "2864104121", null, "fr ", "fre", 2004, "Accarie, Maurice.", null,
            "Théâtre, littérature et société au Moyen Âge /", null, "Maurice Accarie.", null, "Nice :",
            "Serre,", "2004.", "xv, 610 p. ;", null, "PQ151"),
        m21("fr2", "2070360024", null, "fr ", "fre", 1972, "Camus, Albert,", "1913-1960.",
            "L'étranger /", null, "Albert Camus.", null, "Paris :", "Gallimard,", "1972.", "186 p. ;",
            "Folio ; 2", "PQ2605.A3734"),
        m21("gr1", "3519012718", null, "gw ", "grc", 1979, "Homer.", null, "Ὀδύσσεια /", null,
            "Homerus ; edidit Peter Von der Mühll.", "Ed. 3.", "Stuttgart :", "Teubner,", "1979.", "xxv, 456 p. ;",
            "Bibliotheca scriptorum Graecorum et Romanorum Teubneriana", "PA4018"));
  }

  public static List<SeedRecord> cnmarc() {
    return List.of(
        cn("cn1", "7-5037-1744-0", "CNY68.00", 1994, "'94中国发展报告", null, "国家统计局编", "叶震", "北京", "中国统计出版社", "320页", null, "F124"),
        cn("cn2", "7-80127-555-1", "CNY20.00", 1999, "1999年中国发展状况与趋势", null, "主编季野, 张西明, 张弢...[等]", "季野", "北京", "经济日报出版社", "10, 374页", "中国发展报告书", "D668"),
        cn("cn3", "7-02-000220-X", "CNY45.00", 1982, "红楼梦", null, "曹雪芹, 高鹗著", "曹雪芹", "北京", "人民文学出版社", "1606页", "中国古典文学读本丛书", "I242.4"),
        cn("cn4", "7-101-00304-4", "CNY18.50", 1959, "史记", null, "(汉)司马迁撰", "司马迁", "北京", "中华书局", "3322页", null, "K204.2"),
        cn("cn5", "7-100-01509-8", "CNY12.00", 1996, "普通语言学教程", null, "(瑞士)索绪尔著 ; 高名凯译", "索绪尔", "北京", "商务印书馆", "353页", "汉译世界学术名著丛书", "H0"),
        cn("cn6", "978-7-5327-4514-4", "CNY32.00", 2008, "百年孤独", null, "(哥伦比亚)加西亚·马尔克斯著 ; 范晔译", "马尔克斯", "上海", "上海译文出版社", "360页", null, "I775.45"),
        cn("cn7", "7-5600-1851-3", "CNY25.90", 2000, "语言学概论", "大学本科教材", "胡壮麟主编", "胡壮麟", "北京", "外语教学与研究出版社", "412页", "现代语言学丛书", "H0"),
        cn("cn8", "978-7-04-019673-4", "CNY31.40", 2007, "高等数学", "上册", "同济大学数学系编", "同济大学", "北京", "高等教育出版社", "405页", null, "O13"),
        cn("cn9", "7-5325-2341-6", "CNY38.00", 1998, "唐诗三百首", null, "(清)蘅塘退士编", "蘅塘退士", "上海", "上海古籍出版社", "455页", null, "I222.742"),
        cn("cn10", "978-7-301-12345-6", "CNY29.00", 2007, "中国哲学简史", null, "冯友兰著 ; 赵复三译", "冯友兰", "北京", "北京大学出版社", "378页", null, "B2"),
        cn("cn11", "7-5633-3721-X", "CNY22.00", 2003, "乡土中国", null, "费孝通著", "费孝通", "桂林", "广西师范大学出版社", "206页", null, "C912.82"),
        cn("cn12", "7-108-01873-6", "CNY28.00", 2004, "万历十五年", null, "(美)黄仁宇著", "黄仁宇", "北京", "生活·读书·新知三联书店", "290页", "黄仁宇作品系列", "K248.3"),
        cn("cn13", "7-5004-3311-6", "CNY36.00", 2002, "中国近代史", null, "蒋廷黻著", "蒋廷黻", "北京", "中国社会科学出版社", "284页", null, "K250"),
        cn("cn14", "978-7-5447-0291-1", "CNY26.00", 2009, "围城", null, "钱锺书著", "钱锺书", "北京", "人民文学出版社", "359页", null, "I246.5"),
        cn("cn15", "7-80050-612-6", "CNY15.00", 1995, "鲁迅小说集", null, "鲁迅著", "鲁迅", "北京", "人民文学出版社", "512页", "名著名译插图本", "I210.6"),
        cn("cn16", "978-7-5366-9293-3", "CNY23.00", 2008, "三体", null, "刘慈欣著", "刘慈欣", "重庆", "重庆出版社", "302页", "科幻世界·中国科幻基石丛书", "I247.55"));
  }

  private static SeedRecord m21(String id, String isbn, String qualifier, String country, String lang,
      int year, String author, String dates, String title, String subtitle, String responsibility,
      String edition, String place, String publisher, String date, String extent, String series,
      String lcc) {
    List<MarcField> f = new ArrayList<>();
    f.add(new ControlField("001", id));
    f.add(new ControlField("008", "121103s" + year + "    " + country + "      b    001 0 " + lang + " d"));
    if (isbn != null) {
      f.add(qualifier == null ? DataField.of("020", ' ', ' ', 'a', isbn)
          : DataField.of("020", ' ', ' ', 'a', isbn, 'q', qualifier));
    }
    f.add(DataField.of("040", ' ', ' ', 'a', "DLC", 'c', "DLC"));
    f.add(DataField.of("050", '0', '0', 'a', lcc));
    if (author != null) {
      f.add(dates == null ? DataField.of("100", '1', ' ', 'a', author)
          : DataField.of("100", '1', ' ', 'a', author, 'd', dates));
    }
    char nonFiling = title.startsWith("The ") ? '4' : title.startsWith("L'") ? '2' : '0';
    List<Object> t = new ArrayList<>(List.of('a', title));
    if (subtitle != null) {
      t.addAll(List.of('b', subtitle));
    }
    t.addAll(List.of('c', responsibility));
    f.add(DataField.of("245", author == null ? '0' : '1', nonFiling, t.toArray()));
    if (edition != null) {
      f.add(DataField.of("250", ' ', ' ', 'a', edition));
    }
    f.add(DataField.of("260", ' ', ' ', 'a', place, 'b', publisher, 'c', date));
    f.add(DataField.of("300", ' ', ' ', 'a', extent, 'c', "24 cm."));
    if (series != null) {
      String[] parts = series.split(" ; ");
      f.add(parts.length == 2 ? DataField.of("490", '1', ' ', 'a', parts[0] + " ;", 'v', parts[1])
          : DataField.of("490", '1', ' ', 'a', series));
      f.add(parts.length == 2 ? DataField.of("830", ' ', '0', 'a', parts[0] + " ;", 'v', parts[1] + ".")
          : DataField.of("830", ' ', '0', 'a', series + "."));
    }
    f.add(DataField.of("500", ' ', ' ', 'a', "Includes bibliographical references and index."));
    return new SeedRecord(new MarcRecord(Leader.defaultBook(), f), MarcFlavour.MARC21);
  }

  private static SeedRecord cn(String id, String isbn, String price, int year, String title,
      String otherTitle, String responsibility, String author, String place, String publisher,
      String extent, String series, String clc) {
    List<MarcField> f = new ArrayList<>();
    f.add(new ControlField("001", id));
    f.add(DataField.of("010", ' ', ' ', 'a', isbn, 'd', price));
    f.add(DataField.of("100", ' ', ' ', 'a', "20020204d" + year + "    em y0chiy50      ea"));
    f.add(DataField.of("101", '0', ' ', 'a', "chi"));
    f.add(DataField.of("102", ' ', ' ', 'a', "CN", 'b', "110000"));
    f.add(otherTitle == null ? DataField.of("200", '1', ' ', 'a', title, 'f', responsibility)
        : DataField.of("200", '1', ' ', 'a', title, 'e', otherTitle, 'f', responsibility));
    f.add(DataField.of("210", ' ', ' ', 'a', place, 'c', publisher, 'd', Integer.toString(year)));
    f.add(DataField.of("215", ' ', ' ', 'a', extent, 'd', "21cm"));
    if (series != null) {
      f.add(DataField.of("225", '2', ' ', 'a', series));
    }
    f.add(DataField.of("300", ' ', ' ', 'a', "本书有索引。"));
    f.add(DataField.of("690", ' ', ' ', 'a', clc, 'v', "4"));
    f.add(DataField.of("701", ' ', '0', 'a', author, '4', "著"));
    f.add(DataField.of("801", ' ', '0', 'a', "CN", 'b', "BNU", 'c', "20020204"));
    return new SeedRecord(new MarcRecord(new Leader("00000nam0 2200000   450 "), f), MarcFlavour.CNMARC);
  }
}
