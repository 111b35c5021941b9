package org.unioncat.dedup.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.title.PartInfo;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * A normalized view stored before title keys dropped unmarked initial articles still has "the" in
 * its key; the comparator drops it too, so an old view and a new upload of the same record meet.
 */
class TitleComparerArticleTest {
  private final TitleComparer titles = new TitleComparer(MatchRules.defaults());

  private static TitleInfo title(String display, String key) {
    return new TitleInfo(display, null, key, key, null, PartInfo.NONE, null, "245$a", false, false, false);
  }

  @Test
  void anOldViewWithTheArticleInItsKeyMeetsANewOne() {
    Tally t = new Tally();
    titles.compare(title("The new public diplomacy", "the new public diplomacy"),
        title("The new public diplomacy", "new public diplomacy"), "eng", "eng", t);
    assertThat(t.titleMatches).isTrue();
    assertThat(t.evidence).extracting(Evidence::en).containsExactly("title identical");
  }

  @Test
  void aWordThatIsNoArticleInTheRecordsLanguageStays() {
    Tally t = new Tally();
    titles.compare(title("Die hard", "die hard"), title("Hard", "hard"), "eng", "eng", t);
    assertThat(t.titleMatches).isFalse();
  }
}
