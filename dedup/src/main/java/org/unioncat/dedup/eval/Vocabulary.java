package org.unioncat.dedup.eval;

import java.util.List;
import java.util.Random;

/** Realistic values the generator draws from (series, names, places, generic titles). */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> SERIES =
      List.of(
          "Penguin classics",
          "Oxford world's classics",
          "Cambridge studies in linguistics",
          "Lecture notes in computer science",
          "Que sais-je?",
          "Reclams Universal-Bibliothek",
          "Studies in the history of mathematics");
  static final List<String> SERIES_ZH =
      List.of("现代语言学丛书", "汉译世界学术名著丛书", "中国历史文化丛书", "名著名译插图本", "新编大学英语系列教材");
  static final List<String> GENERIC_TITLES =
      List.of("Poems", "Selected poems", "Introduction to algebra", "Collected essays", "Gedichte",
          "Poèmes", "A history of England");
  static final List<String> GENERIC_TITLES_ZH = List.of("中国通史", "诗选", "散文集", "高等数学", "中国文学史");
  static final List<String[]> AUTHORS =
      List.of(
          new String[] {"Smith, John", "John Smith"},
          new String[] {"Müller, Karl", "Karl Müller"},
          new String[] {"Dupont, Marie", "Marie Dupont"},
          new String[] {"Brown, Margaret", "Margaret Brown"});
  static final List<String> AUTHORS_ZH = List.of("王力", "张岱年", "白寿彝", "李泽厚", "吕思勉");
  static final List<String[]> PUBLISHERS =
      List.of(
          new String[] {"London", "Macmillan"},
          new String[] {"New York", "Norton"},
          new String[] {"Berlin", "de Gruyter"},
          new String[] {"Paris", "Gallimard"});
  static final List<String[]> PUBLISHERS_ZH =
      List.of(
          new String[] {"北京", "中华书局"},
          new String[] {"上海", "上海古籍出版社"},
          new String[] {"北京", "商务印书馆"},
          new String[] {"北京", "人民出版社"});
  static final List<String> TRANSLATORS =
      List.of("Hans Wolf", "Claire Martin", "Elena Rossi", "Peter Gray");
  static final List<String> LOCATIONS = List.of("Main stacks", "STACKS", "REF", "Open shelves");
  static final List<String> LOCATIONS_ZH = List.of("中文书库", "基藏库", "流通书库", "阅览室");

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
