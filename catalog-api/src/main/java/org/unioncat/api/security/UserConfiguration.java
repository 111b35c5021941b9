package org.unioncat.api.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unioncat.audit.AuditTrail;
import org.unioncat.ingest.store.LibraryStore;

/**
 * Users and keys, for the service and the command line alike (the command line manages users
 * without signing in: it is the operator's tool on the catalog itself).
 */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  /** bcrypt, with the {id} prefix so that the algorithm can change without a migration. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserStore userStore(DataSource dataSource) {
    return new UserStore(dataSource);
  }

  @Bean
  UserService userService(
      UserStore users, LibraryStore libraries, PasswordEncoder passwords, AuditTrail audit) {
    return new UserService(users, libraries, passwords, audit);
  }

  @Bean
  UserDetailsService userDetailsService(UserStore users) {
    return new CatalogUserDetailsService(users);
  }
}
