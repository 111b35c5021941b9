package org.unioncat.api.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. A cataloger acts for exactly one library, a vendor for a named set of
 * libraries; the center reviews and merges across the whole catalog and sees every report; an
 * administrator may do everything, including managing members, users and configuration.
 */
public enum Role {
  CATALOGER,
  VENDOR,
  CENTER,
  ADMIN;

  /** The Spring Security authority name, e.g. {@code ROLE_CENTER}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Whether users of this role act for named libraries (and must have some). */
  public boolean actsForLibraries() {
    return this == CATALOGER || this == VENDOR;
  }

  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
