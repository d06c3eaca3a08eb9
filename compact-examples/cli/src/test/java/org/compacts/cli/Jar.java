package org.compacts.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code compact.jar} as a real subprocess. */
final class Jar {
  static final Path JAR = Path.of("target", "compact.jar");

  final int code;
  final String out;
  final String err;

  private Jar(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static List<String> command(List<String> jvmArgs, String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  static Jar run(String... args) throws IOException, InterruptedException {
    return runWithInput(new byte[0], args);
  }

  /** Runs the tool with bytes on its standard input. */
  static Jar runWithInput(byte[] in, String... args) throws IOException, InterruptedException {
    return exec(new ProcessBuilder(command(List.of(), args)), in);
  }

  /** Runs the packaged tool with JVM options before {@code -jar}. */
  static Jar runWith(List<String> jvmArgs, String... args)
      throws IOException, InterruptedException {
    return exec(new ProcessBuilder(command(jvmArgs, args)), new byte[0]);
  }

  /** Runs a process to its end, its standard input closed, and keeps what it wrote. */
  static Jar exec(ProcessBuilder command) throws IOException, InterruptedException {
    return exec(command, new byte[0]);
  }

  /** Runs a process to its end with bytes on its standard input, and keeps what it wrote. */
  static Jar exec(ProcessBuilder command, byte[] in) throws IOException, InterruptedException {
    Process p = command.start();
    Thread inWriter = new Thread(() -> {
      try (var stdin = p.getOutputStream()) {
        stdin.write(in);
      } catch (IOException e) {
        // The tool may stop reading early; what it did is judged by its output.
      }
    });
    inWriter.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = drain(p.getErrorStream(), err);
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(command.command() + " did not finish in 60 s");
    }
    errReader.join();
    inWriter.join();
    return new Jar(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Thread drain(InputStream in, ByteArrayOutputStream to) {
    Thread t = new Thread(() -> {
      try {
        in.transferTo(to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    t.start();
    return t;
  }
}
