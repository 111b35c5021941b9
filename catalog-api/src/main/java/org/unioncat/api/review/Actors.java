package org.unioncat.api.review;

import java.security.Principal;

/** The acting user of a request: the authenticated principal, or "anonymous" without security. */
final class Actors {
  private Actors() {}

  static String of(Principal principal) {
    return principal == null || principal.getName() == null || principal.getName().isBlank()
        ? "anonymous"
        : principal.getName();
  }
}
