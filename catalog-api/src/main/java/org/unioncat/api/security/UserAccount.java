package org.unioncat.api.security;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A user as the rest of the service sees it (never with the password).
 *
 * @param libraries the library codes the user acts for: one for a cataloger, one or more for a
 *     vendor, none for the center and administrators
 */
public record UserAccount(long id, String name, Role role, SortedSet<String> libraries, boolean enabled) {
  public UserAccount {
    libraries = Collections.unmodifiableSortedSet(new TreeSet<>(libraries));
  }

  public static UserAccount of(long id, String name, Role role, Set<String> libraries, boolean enabled) {
    return new UserAccount(id, name, role, new TreeSet<>(libraries), enabled);
  }

  /** Whether the user acts for this library as its cataloger or one of its vendors. */
  public boolean actsFor(String libraryCode) {
    return role.actsForLibraries() && libraries.contains(libraryCode);
  }
}
