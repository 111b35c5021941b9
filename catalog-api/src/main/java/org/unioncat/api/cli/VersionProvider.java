package org.unioncat.api.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = UnionCatMain.class.getPackage().getImplementationVersion();
    return new String[] {"unioncat " + (version == null ? "development" : version)};
  }
}
