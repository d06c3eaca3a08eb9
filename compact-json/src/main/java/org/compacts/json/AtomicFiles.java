package org.compacts.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Replaces a file's content atomically: all of the new bytes, or the old file untouched. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes the bytes to a temporary file beside the file (the same directory, so the same file
   * system), forces them to the disk and moves the temporary file over the file in one atomic
   * rename. A symbolic link is followed: the file it names is replaced. The new file keeps the
   * old one's POSIX permissions.
   *
   * @throws IOException when the bytes cannot be written or the file system cannot rename
   *     atomically; the old file is then as it was and the temporary file is gone
   */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
    Path directory = target.getParent();
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    try {
      keepPermissions(target, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (old == null || !Files.exists(from)) {
      return;
    }
    Set<PosixFilePermission> permissions = old.readAttributes().permissions();
    Files.setPosixFilePermissions(to, permissions);
  }
}
