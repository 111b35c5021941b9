package org.unioncat.dedup.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Local 001 numbers, unique within each library, in five house styles (plain numbers, III-style
 * "b" numbers, CALIS-style, OCLC-prefixed, Alma MMS-like), handed out in rising order with gaps.
 */
final class LocalIds {
  private final Map<String, Long> next = new HashMap<>();
  private final Map<String, Set<String>> used = new HashMap<>();
  private final Map<String, Integer> style = new HashMap<>();
  private final Random random;

  LocalIds(List<String> libraries, Random random) {
    this.random = random;
    for (int i = 0; i < libraries.size(); i++) {
      style.put(libraries.get(i), i % 5);
      next.put(libraries.get(i), 1_000L + random.nextInt(90_000));
      used.put(libraries.get(i), new HashSet<>());
    }
  }

  String next(String library) {
    String id;
    do {
      long n = next.get(library) + 1 + random.nextInt(7);
      next.put(library, n);
      id = switch (style.get(library)) {
        case 0 -> String.format("%09d", n);
        case 1 -> String.format("b%07d", n);
        case 2 -> String.format("CAL%012d", n);
        case 3 -> String.format("ocm%08d", n);
        default -> String.format("99%010d03961", n);
      };
    } while (!claim(library, id));
    return id;
  }

  /** Takes {@code id} for {@code library} if it is still free. */
  boolean claim(String library, String id) {
    return used.get(library).add(id);
  }
}
