package dev.tasksdk.core;

/** An operation that the chosen vendor's API does not offer, e.g. deleting a task. */
public class UnsupportedCapabilityException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  private final Vendor vendor;
  private final String operation;

  /** Creates the exception: "{@code <Vendor> does not support <operation>}". */
  public UnsupportedCapabilityException(Vendor vendor, String operation) {
    this(vendor, operation, null);
  }

  /**
   * Creates the exception with a hint, e.g. which alternative exists.
   *
   * @param vendor the vendor lacking the operation
   * @param operation the operation, e.g. {@code "deleteTask"}
   * @param detail an extra sentence, or null
   */
  public UnsupportedCapabilityException(Vendor vendor, String operation, String detail) {
    super(
        (vendor == null ? "?" : vendor.displayName())
            + " does not support "
            + operation
            + (detail == null || detail.isBlank() ? "" : ": " + detail));
    this.vendor = vendor;
    this.operation = operation;
  }

  /** The vendor that lacks the operation. */
  public Vendor vendor() {
    return vendor;
  }

  /** The operation asked for. */
  public String operation() {
    return operation;
  }
}
