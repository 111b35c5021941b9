package org.unioncat.api.web;

import java.security.Principal;

/** The acting user's name for audit and decisions: the principal, or "anonymous" before login exists. */
public final class Actor {
  private Actor() {}

  public static String name(Principal principal) {
    return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
  }
}
