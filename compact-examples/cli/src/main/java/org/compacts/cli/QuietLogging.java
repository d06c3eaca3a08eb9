package org.compacts.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * The {@code compact} tool's configuration of {@code java.util.logging}: the JDK's defaults, with
 * Hibernate Validator's loggers at {@code WARNING}, so that its start-up banner
 * ({@code HV000001}) never reaches standard error. Named by the system property
 * {@code java.util.logging.config.class}, which the tool sets unless the user has configured
 * logging: the JDK then reads it only when something first logs, which in this tool is only
 * when Hibernate Validator starts, so that other runs pay nothing for logging.
 *
 * <p>Public only because {@link LogManager} instantiates it by reflection.
 */
public final class QuietLogging {
  /** The setting added to the JDK's defaults. */
  static final String QUIET_VALIDATOR = "org.hibernate.validator.level = WARNING";

  /**
   * Reads the JDK's default logging configuration with Hibernate Validator's loggers quietened.
   *
   * @throws IOException when the configuration cannot be read
   */
  public QuietLogging() throws IOException {
    Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
    // Properties files are ISO 8859-1, as LogManager reads them.
    String config = (Files.isReadable(defaults)
        ? Files.readString(defaults, StandardCharsets.ISO_8859_1) : "")
        + System.lineSeparator() + QUIET_VALIDATOR + System.lineSeparator();
    LogManager.getLogManager().readConfiguration(
        new ByteArrayInputStream(config.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /**
   * Names this configuration for {@code java.util.logging}, unless the user has configured it
   * ({@code java.util.logging.config.class} or {@code .file} set).
   */
  static void install() {
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
  }
}
