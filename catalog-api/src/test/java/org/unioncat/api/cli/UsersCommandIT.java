package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code unioncat users}: the operator adds users and keys on the embedded catalog, no login. */
class UsersCommandIT {

  @AfterEach
  void forgetTheCatalog() {
    System.clearProperty("unioncat.home");
  }

  @Test
  void operatorAddsUsersAndKeys() {
    Path home = Path.of("target", "users-cli-" + UUID.randomUUID()).toAbsolutePath();
    System.setProperty("unioncat.home", home.toString());
    assertThat(CliRun.run("libraries", "add", "BNU", "北京师范大学图书馆").exitCode).isZero();
    assertThat(CliRun.run("libraries", "add", "ZJU", "Zhejiang University Libraries").exitCode).isZero();
    // Columns line up in terminal columns: the Chinese name is 18 columns wide, not 9 characters.
    assertThat(CliRun.run("libraries", "list").out).contains(
        "code  name                           reports  holdings in\n"
            + "BNU   北京师范大学图书馆             en       852, 905\n"
            + "DEMO  Demo library / 演示馆          en       852, 905\n"
            + "ZJU   Zhejiang University Libraries  en       852, 905\n");

    CliRun cat = CliRun.run("users", "add", "--name", "zhang.wei", "--role", "cataloger", "--library", "bnu",
        "--password", "long-enough-1");
    assertThat(cat.exitCode).as(cat.err).isZero();
    assertThat(cat.out).contains("Added CATALOGER zhang.wei for BNU.");

    CliRun vendor = CliRun.run("users", "add", "--name", "vendor-abc", "--role", "VENDOR", "--key-only");
    assertThat(vendor.exitCode).isEqualTo(2);
    assertThat(vendor.err).contains("A vendor works for one or more libraries");

    CliRun bad = CliRun.run("users", "add", "--name", "x", "--role", "KING", "--password", "long-enough-1");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("unknown role 'KING'");

    CliRun key = CliRun.run("users", "key", "zhang.wei", "--label", "nightly");
    assertThat(key.exitCode).as(key.err).isZero();
    assertThat(key.out.strip()).startsWith("uc_").hasSize(46);
    assertThat(key.err).contains("not shown again");

    CliRun list = CliRun.run("users", "list");
    assertThat(list.out).containsPattern("zhang\\.wei\\s+CATALOGER\\s+enabled\\s+BNU");
    assertThat(CliRun.run("users", "key", "nobody").err).contains("There is no user named nobody.");
  }
}
