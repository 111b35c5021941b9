package org.unioncat.api.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks users up for password sign-in (HTTP Basic and the login form). */
final class CatalogUserDetailsService implements UserDetailsService {
  private final UserStore users;

  CatalogUserDetailsService(UserStore users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    UserStore.Credentials found =
        users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    if (found.passwordHash() == null) {
      // A key-only user cannot sign in with a password.
      throw new UsernameNotFoundException("no password");
    }
    return new CatalogUser(found.account(), found.passwordHash());
  }
}
