package org.unioncat.api.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.unioncat.api.security.Role;
import org.unioncat.api.security.UserAccount;
import org.unioncat.api.security.UserService;
import org.unioncat.error.UnionCatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unioncat users add|list|key|password}: the operator manages users and API keys on the
 * catalog directly, with no login (the command line is the operator's tool; the service offers
 * the same to administrators at {@code /api/users}). Changes are audited as {@code cli:<os user>}.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = {"Manage users and API keys.", "管理用户与 API 密钥。"},
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Key.class,
      UsersCommand.Password.class
    })
final class UsersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String actor() {
    return "cli:" + System.getProperty("user.name", "operator");
  }

  /** The password from the option, else asked twice on the terminal; null when neither. */
  static String password(String given) {
    if (given != null) {
      return given;
    }
    Console console = System.console();
    if (console == null) {
      return null;
    }
    char[] first = console.readPassword("Password / 密码: ");
    char[] again = console.readPassword("Again / 再次输入: ");
    if (first == null || again == null || !Arrays.equals(first, again)) {
      throw new IllegalArgumentException("The two passwords differ. / 两次输入的密码不一致。");
    }
    return new String(first);
  }

  static int fail(String command, RuntimeException e) {
    System.err.println("unioncat users " + command + ": " + e.getMessage());
    return ExitCodes.USAGE_OR_UNREADABLE;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a user: a CATALOGER of one library, a VENDOR for one or more libraries, the CENTER, or an ADMIN.",
        "Without --password the password is asked on the terminal."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Option(names = "--name", required = true, description = "User name, e.g. zhang.wei or vendor-abc.")
    String name;

    @Option(names = "--role", required = true, description = "CATALOGER, VENDOR, CENTER or ADMIN.")
    String role;

    @Option(names = "--library", paramLabel = "CODE", description = "Library the user acts for (repeat for a vendor).")
    List<String> libraries = List.of();

    @Option(names = "--password", description = "The password (at least 10 characters); asked when absent.")
    String password;

    @Option(names = "--key-only", description = "No password: the user signs in with API keys only.")
    boolean keyOnly;

    @Override
    public Integer call() {
      Role parsed = Role.parse(role).orElse(null);
      if (parsed == null) {
        System.err.println("unioncat users add: unknown role '" + role + "'; use CATALOGER, VENDOR, CENTER or ADMIN.");
        return ExitCodes.USAGE_OR_UNREADABLE;
      }
      try {
        String secret = keyOnly ? null : password(password);
        if (secret == null && !keyOnly) {
          System.err.println("unioncat users add: give --password, run it in a terminal, or use --key-only.");
          return ExitCodes.USAGE_OR_UNREADABLE;
        }
        try (CatalogContext catalog = CatalogContext.open(db)) {
          UserAccount created = catalog.bean(UserService.class).create(actor(), name, parsed, libraries, secret);
          System.out.println("Added " + created.role() + " " + created.name()
              + (created.libraries().isEmpty() ? "" : " for " + String.join(", ", created.libraries())) + ".");
        }
        return ExitCodes.OK;
      } catch (UnionCatException | IllegalArgumentException e) {
        return fail("add", e);
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users, their roles and libraries.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Override
    public Integer call() {
      try (CatalogContext catalog = CatalogContext.open(db)) {
        TextTable table = new TextTable("user", "role", "status", "libraries");
        for (UserAccount u : catalog.bean(UserService.class).list()) {
          table.row(u.name(), u.role(), u.enabled() ? "enabled" : "disabled", String.join(",", u.libraries()));
        }
        table.print(new PrintStream(System.out, false, StandardCharsets.UTF_8));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "key",
      mixinStandardHelpOptions = true,
      description = "Make an API key for a user and print it (once: only its hash is kept).")
  static final class Key implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Option(names = "--label", defaultValue = "cli", description = "What the key is for, e.g. 'nightly FTP upload'.")
    String label;

    @Override
    public Integer call() {
      try (CatalogContext catalog = CatalogContext.open(db)) {
        UserService.IssuedKey key = catalog.bean(UserService.class).issueKey(actor(), name, label);
        System.out.println(key.token());
        System.err.println("API key " + key.key().id() + " for " + name
            + ": keep it now, it is not shown again. Send it as 'Authorization: Bearer <key>'.");
        return ExitCodes.OK;
      } catch (UnionCatException e) {
        return fail("key", e);
      }
    }
  }

  @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a user's password (and enable the user).")
  static final class Password implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Option(names = "--password", description = "The new password; asked when absent.")
    String password;

    @Override
    public Integer call() {
      try {
        String secret = password(password);
        if (secret == null) {
          System.err.println("unioncat users password: give --password or run it in a terminal.");
          return ExitCodes.USAGE_OR_UNREADABLE;
        }
        try (CatalogContext catalog = CatalogContext.open(db)) {
          catalog.bean(UserService.class).update(actor(), name, null, null, true, secret);
          System.out.println("Password of " + name + " changed.");
        }
        return ExitCodes.OK;
      } catch (UnionCatException | IllegalArgumentException e) {
        return fail("password", e);
      }
    }
  }
}
