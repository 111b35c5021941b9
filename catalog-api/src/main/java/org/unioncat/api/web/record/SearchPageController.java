package org.unioncat.api.web.record;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.unioncat.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unioncat.api.web.Texts;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.InvalidQueryException;
import org.unioncat.ingest.index.SearchResult;

/** {@code /ui/search} and {@code /ui/records/{id}}. */
@Controller
class SearchPageController extends PageController {
  static final int PAGE_SIZE = 20;
  private final CatalogIndex index;
  private final RecordPageService records;

  SearchPageController(CatalogIndex index, RecordPageService records) {
    this.index = index;
    this.records = records;
  }

  @GetMapping("/ui/search")
  String search(
      @RequestParam(value = "q", required = false) String q,
      @RequestParam(value = "page", defaultValue = "0") int page,
      Model model,
      Locale locale) {
    model.addAttribute("q", q == null ? "" : q);
    if (q != null && !q.isBlank()) {
      int p = Math.max(0, page);
      try {
        SearchResult result = index.search(q, p * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("page", p);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
      } catch (InvalidQueryException e) {
        model.addAttribute("queryError", Texts.pick(locale, e.getMessage(), e.messageZh()));
      }
    }
    return "search";
  }

  @GetMapping("/ui/records/{id}")
  String record(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("record", records.page(id, locale));
    return "record";
  }
}
