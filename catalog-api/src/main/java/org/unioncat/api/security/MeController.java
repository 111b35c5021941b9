package org.unioncat.api.security;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the service thinks you are, your role and libraries. */
@RestController
class MeController {

  @GetMapping("/api/me")
  UserAccount me(Principal principal) {
    return AccessPolicy.account(principal)
        .orElseThrow(
            () -> new AccessRefusedException("Sign in first.", "请先登录。"));
  }
}
