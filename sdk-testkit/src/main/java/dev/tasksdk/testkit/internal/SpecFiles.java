package dev.tasksdk.testkit.internal;

import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads the vendor specs bundled in the jar and writes them to content-addressed cache files. */
public final class SpecFiles {
  /** Classpath folder holding {@code <vendor id>.yaml}. */
  public static final String RESOURCE_DIR = "dev/tasksdk/testkit/specs/";

  private SpecFiles() {}

  /**
   * The bundled spec of {@code vendor}.
   *
   * @throws IllegalStateException when the jar carries no spec for the vendor
   */
  public static byte[] read(Vendor vendor) {
    String name = RESOURCE_DIR + vendor.id() + ".yaml";
    ClassLoader cl = SpecFiles.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "sdk-testkit carries no spec for " + vendor + " (" + name + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Writes the spec of {@code vendor} to {@code <cacheDir>/specs/<vendor>-<sha256 prefix>.yaml}
   * once and returns that path; parallel JVMs write a temp file and move it into place.
   */
  public static Path extract(Vendor vendor, Path cacheDir) {
    byte[] spec = read(vendor);
    Path dir = cacheDir.resolve("specs");
    Path target = dir.resolve(vendor.id() + "-" + sha256(spec).substring(0, 16) + ".yaml");
    try {
      if (Files.isRegularFile(target) && Files.size(target) == spec.length) {
        return target;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, vendor.id() + "-", ".tmp");
      Files.write(tmp, spec);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + vendor + " spec under " + dir, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
