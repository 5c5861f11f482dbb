package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.Secret;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What one bucket is for: a vendor, a credential (only as a hash: the key itself is never kept
 * here, logged or sent to a store) and an endpoint class such as {@code tasks}.
 */
public final class RateLimitKey {
  private final Vendor vendor;
  private final String credentialHash;
  private final String endpointClass;

  private RateLimitKey(Vendor vendor, String credentialHash, String endpointClass) {
    this.vendor = vendor;
    this.credentialHash = credentialHash;
    this.endpointClass = endpointClass;
  }

  /**
   * The key of {@code endpointClass} for {@code credential} at {@code vendor}.
   *
   * @throws NullPointerException naming the null parameter
   * @throws IllegalArgumentException naming {@code endpointClass} when blank
   */
  public static RateLimitKey of(Vendor vendor, Secret credential, String endpointClass) {
    Require.nonNull(credential, "credential");
    return ofHash(vendor, hash(credential), endpointClass);
  }

  /**
   * The key for an already hashed credential ({@link #credentialHash()} of another key).
   *
   * @throws NullPointerException naming the null parameter
   * @throws IllegalArgumentException naming a blank parameter
   */
  public static RateLimitKey ofHash(Vendor vendor, String credentialHash, String endpointClass) {
    Require.nonNull(vendor, "vendor");
    Require.nonBlank(credentialHash, "credentialHash");
    Require.nonBlank(endpointClass, "endpointClass");
    return new RateLimitKey(vendor, credentialHash, endpointClass);
  }

  /**
   * The SHA-256 (hex) of the credential, salted with a fixed tasksdk prefix so that the value is
   * not the plain hash other tools may compute of the same key.
   */
  public static String hash(Secret credential) {
    return hash(credential, "");
  }

  /**
   * The SHA-256 (hex) of the credential and the server it is used at ({@code host:port}): one
   * budget per credential per server, so a sandbox or mock server never shares the production one.
   */
  public static String hash(Secret credential, String server) {
    Require.nonNull(credential, "credential");
    Require.nonNull(server, "server");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("tasksdk-rate-limit\0".getBytes(StandardCharsets.UTF_8));
      sha.update(server.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of()
          .formatHex(sha.digest(credential.reveal().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The vendor. */
  public Vendor vendor() {
    return vendor;
  }

  /** The credential's hash (64 hex digits). */
  public String credentialHash() {
    return credentialHash;
  }

  /** The endpoint class, e.g. {@code tasks}. */
  public String endpointClass() {
    return endpointClass;
  }

  /**
   * A name for a shared store: {@code tasksdk:rl:<vendor>:<class>:<hash>}; it holds no part of the
   * credential.
   */
  public String storeName() {
    return "tasksdk:rl:" + vendor.id() + ":" + endpointClass + ":" + credentialHash;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RateLimitKey)) {
      return false;
    }
    RateLimitKey k = (RateLimitKey) o;
    return k.vendor == vendor
        && k.credentialHash.equals(credentialHash)
        && k.endpointClass.equals(endpointClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, credentialHash, endpointClass);
  }

  @Override
  public String toString() {
    return "RateLimitKey["
        + vendor
        + ", "
        + endpointClass
        + ", "
        + credentialHash.substring(0, 12)
        + "…]";
  }
}
