package org.unioncat.api.security;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the first administrator when the service starts with no users at all: named and
 * protected by {@code UNIONCAT_ADMIN_USER} / {@code UNIONCAT_ADMIN_PASSWORD} when they are set,
 * otherwise {@code admin} with a random password printed once on the console (change it, or make
 * your own administrator and disable this one). Never runs again once a user exists.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private final UserService users;
  private final String name;
  private final String password;

  FirstAdministrator(
      UserService users,
      @Value("${unioncat.admin.user:}") String name,
      @Value("${unioncat.admin.password:}") String password) {
    this.users = users;
    this.name = name.isBlank() ? "admin" : name.strip();
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.anyUser()) {
      return;
    }
    boolean generated = password.isBlank();
    String secret = generated ? randomPassword() : password;
    users.create("system", name, Role.ADMIN, List.of(), secret);
    if (generated) {
      // Printed, not logged: log files are kept and shared more widely than the console.
      System.out.println();
      System.out.println("  First administrator created / 已创建首个管理员:");
      System.out.println("    user: " + name + "   password: " + secret);
      System.out.println("  Shown once; change it (PUT /api/users/" + name + " or ./unioncat users"
          + " password " + name + "). / 仅显示一次，请尽快修改。");
      System.out.println();
    }
    log.info("First administrator '{}' created ({})", name, generated ? "one-time password printed" : "password from UNIONCAT_ADMIN_PASSWORD");
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
