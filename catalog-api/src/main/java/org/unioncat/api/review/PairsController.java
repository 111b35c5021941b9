package org.unioncat.api.review;

import java.security.Principal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.dedup.merge.ReviewDecisions;
import org.unioncat.error.InvalidRequestException;

/** "Not duplicates" for one pair of records, whatever cluster they are in. */
@RestController
@RequestMapping("/api/pairs")
class PairsController {
  private final ReviewDecisions decisions;

  PairsController(ReviewDecisions decisions) {
    this.decisions = decisions;
  }

  /** Request body: the two record ids. */
  record PairRequest(Long first, Long second) {}

  @PostMapping("/reject")
  ReviewDecisions.Decided reject(@RequestBody PairRequest body, Principal principal) {
    if (body == null || body.first() == null || body.second() == null) {
      throw new InvalidRequestException(
          "Give the two records, e.g. {\"first\": 12, \"second\": 34}.",
          "请给出两条记录，例如 {\"first\": 12, \"second\": 34}。");
    }
    return decisions.rejectPair(body.first(), body.second(), Actors.of(principal));
  }
}
