package org.unioncat.api.web.center;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.unioncat.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncat.api.web.Actor;
import org.unioncat.dedup.Cause;
import org.unioncat.error.UnionCatException;
import org.unioncat.api.web.Texts;

/** The center's queue and cluster pages; every decision is a POST that redirects back with a message. */
@Controller
class ReviewPagesController extends PageController {
  private final QueueService queue;
  private final ClusterPageService clusters;
  private final ClusterDecisions decisions;

  ReviewPagesController(QueueService queue, ClusterPageService clusters, ClusterDecisions decisions) {
    this.queue = queue;
    this.clusters = clusters;
    this.decisions = decisions;
  }

  @GetMapping("/ui/center/clusters")
  String queue(
      @RequestParam(value = "cause", required = false) Integer cause,
      @RequestParam(value = "library", required = false) String library,
      @RequestParam(value = "uploader", required = false) String uploader,
      @RequestParam(value = "maxScore", required = false) Double maxScore,
      @RequestParam(value = "status", required = false) QueueFilter.Status status,
      @RequestParam(value = "sort", required = false) QueueFilter.Sort sort,
      @RequestParam(value = "page", defaultValue = "0") int page,
      Model model,
      Locale locale) {
    QueueFilter filter = new QueueFilter(cause, library, uploader, maxScore, status, sort, page);
    model.addAttribute("filter", filter);
    model.addAttribute("queue", queue.page(filter));
    Map<Integer, String> causes = new LinkedHashMap<>();
    for (Cause c : Cause.values()) {
      causes.put(c.number(), ClusterPageService.causeName(c, locale));
    }
    model.addAttribute("causes", causes);
    return "center/clusters";
  }

  @GetMapping("/ui/center/clusters/{id}")
  String cluster(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("cluster", clusters.page(id, locale));
    return "center/cluster";
  }

  @PostMapping("/ui/center/clusters/{id}/merge")
  String merge(
      @PathVariable long id,
      @RequestParam("keep") long keep,
      Principal principal, RedirectAttributes flash, Locale locale) {
    return decide(id, flash, locale, "flash.merged",
        () -> decisions.merge(id, keep, Actor.name(principal)));
  }

  @PostMapping("/ui/center/clusters/{id}/undo")
  String undo(@PathVariable long id, Principal principal, RedirectAttributes flash, Locale locale) {
    return decide(id, flash, locale, "flash.undone", () -> decisions.undo(id, Actor.name(principal)));
  }

  @PostMapping("/ui/center/clusters/{id}/reject")
  String reject(@PathVariable long id, Principal principal, RedirectAttributes flash, Locale locale) {
    List<Long> members = clusters.memberIds(id);
    return decide(id, flash, locale, "flash.rejected",
        () -> decisions.reject(id, members, Actor.name(principal)));
  }

  @PostMapping("/ui/center/clusters/{id}/keep")
  String keep(
      @PathVariable long id, @RequestParam("keep") long keep, Principal principal,
      RedirectAttributes flash, Locale locale) {
    return decide(id, flash, locale, "flash.kept",
        () -> decisions.changeKept(id, keep, Actor.name(principal)));
  }

  /** The split form sends {@code group-<recordId>=A|B|C}: one group per letter. */
  @PostMapping("/ui/center/clusters/{id}/split")
  String split(
      @PathVariable long id, @RequestParam Map<String, String> form, Principal principal,
      RedirectAttributes flash, Locale locale) {
    return decide(id, flash, locale, "flash.split",
        () -> decisions.split(id, SplitForm.groups(id, clusters.memberIds(id), form), Actor.name(principal)));
  }

  private static String decide(
      long id, RedirectAttributes flash, Locale locale, String doneKey, Runnable decision) {
    try {
      decision.run();
      flash.addFlashAttribute("flashKey", doneKey);
    } catch (UnionCatException e) {
      flash.addFlashAttribute("flashError", Texts.pick(locale, e.getMessage(), e.messageZh()));
    }
    return "redirect:/ui/center/clusters/" + id;
  }
}
