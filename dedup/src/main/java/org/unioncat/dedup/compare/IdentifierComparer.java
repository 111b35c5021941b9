package org.unioncat.dedup.compare;

import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.identifier.Identifiers;

/**
 * System numbers (035, normalized: "(ocolc)12345") and the LCCN: a shared number is strong
 * evidence (the same record downloaded twice keeps its OCLC number: causes 9, 12); two different
 * numbers from the same agency, or two different LCCNs, count against the pair.
 */
final class IdentifierComparer {
  private final MatchRules rules;

  IdentifierComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(Identifiers a, Identifiers b, Tally t) {
    String shared = null;
    boolean sameAgency = false;
    for (String x : a.systemNumbers()) {
      if (b.systemNumbers().contains(x)) {
        shared = x;
        break;
      }
      for (String y : b.systemNumbers()) {
        sameAgency |= agency(x) != null && agency(x).equals(agency(y));
      }
    }
    if (shared != null) {
      t.corroborate();
      t.add("identifiers", "same system number " + shared, "系统号相同 " + shared,
          rules.systemNumberSame());
    } else if (sameAgency) {
      t.add("identifiers", "different system numbers of one agency "
              + Texts.join(a.systemNumbers()) + " vs " + Texts.join(b.systemNumbers()),
          "同一机构的系统号不同 " + Texts.join(a.systemNumbers()) + " 对 "
              + Texts.join(b.systemNumbers()),
          rules.systemNumberConflict());
    }
    if (a.lccn() != null && b.lccn() != null) {
      if (a.lccn().equals(b.lccn())) {
        t.corroborate();
        t.add("identifiers", "same LCCN " + a.lccn(), "LCCN 相同 " + a.lccn(), rules.lccnSame());
      } else {
        t.add("identifiers", "different LCCNs " + a.lccn() + " vs " + b.lccn(),
            "LCCN 不同 " + a.lccn() + " 对 " + b.lccn(), rules.lccnConflict());
      }
    }
  }

  private static String agency(String number) {
    if (!number.startsWith("(")) {
      return null;
    }
    int close = number.indexOf(')');
    return close < 0 ? null : number.substring(0, close + 1);
  }
}
