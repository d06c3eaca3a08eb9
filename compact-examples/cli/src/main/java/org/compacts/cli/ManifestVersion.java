package org.compacts.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version as the build wrote it into the jar's manifest
 * ({@code Implementation-Version}), so that {@code --version} always names the build that runs.
 */
final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"compact " + of(CompactCommand.class)};
  }

  /** The manifest's version of the jar a class was loaded from, or a note that there is none. */
  static String of(Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return version != null ? version : "(development build: not run from a jar)";
  }
}
