package dev.tasksdk.facade;

import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What one vendor can do, capability by capability, and which filters its list operation requires.
 *
 * <pre>{@code
 * Capabilities caps = client.capabilities();
 * if (caps.supports(Capability.SKIP)) client.skip(id);
 * }</pre>
 */
public final class Capabilities {
  private final Vendor vendor;
  private final Map<Capability, Support> support;
  private final Set<Capability> requiredForList;

  private Capabilities(Builder b) {
    this.vendor = Require.nonNull(b.vendor, "vendor");
    EnumMap<Capability, Support> m = new EnumMap<>(Capability.class);
    for (Capability c : Capability.values()) {
      m.put(c, b.support.getOrDefault(c, Support.UNSUPPORTED));
    }
    this.support = Collections.unmodifiableMap(m);
    this.requiredForList = Collections.unmodifiableSet(EnumSet.copyOf(b.requiredForList));
  }

  /** Starts a matrix for {@code vendor}; everything not declared is {@link Support#UNSUPPORTED}. */
  public static Builder builder(Vendor vendor) {
    return new Builder(vendor);
  }

  /** The vendor these capabilities describe. */
  public Vendor vendor() {
    return vendor;
  }

  /** How the vendor supports {@code capability}. */
  public Support support(Capability capability) {
    return support.get(Require.nonNull(capability, "capability"));
  }

  /** Whether the vendor supports {@code capability}, natively or on the client. */
  public boolean supports(Capability capability) {
    return support(capability) != Support.UNSUPPORTED;
  }

  /** The whole matrix row, every capability present. */
  public Map<Capability, Support> asMap() {
    return support;
  }

  /**
   * Filters the vendor's list operation cannot do without (Amplemarket's user id, Amigo's call
   * SID); a list without one of them fails with {@link IllegalArgumentException} naming it.
   */
  public Set<Capability> requiredForList() {
    return requiredForList;
  }

  /**
   * Throws {@link UnsupportedCapabilityException} naming the vendor and capability when it is not
   * supported.
   */
  public void require(Capability capability) {
    if (!supports(capability)) {
      throw new UnsupportedCapabilityException(vendor, capability.label());
    }
  }

  @Override
  public String toString() {
    return "Capabilities{" + vendor + ", " + support + ", requiredForList=" + requiredForList + "}";
  }

  /** Builds a {@link Capabilities}. */
  public static final class Builder {
    private final Vendor vendor;
    private final EnumMap<Capability, Support> support = new EnumMap<>(Capability.class);
    private final EnumSet<Capability> requiredForList = EnumSet.noneOf(Capability.class);

    private Builder(Vendor vendor) {
      this.vendor = vendor;
    }

    /** Declares capabilities the vendor's API supports natively. */
    public Builder nativeSupport(Capability... capabilities) {
      for (Capability c : capabilities) {
        support.put(c, Support.NATIVE);
      }
      return this;
    }

    /** Declares filters the SDK applies on the client for this vendor. */
    public Builder clientSide(Capability... capabilities) {
      for (Capability c : capabilities) {
        if (c.isOperation()) {
          throw new IllegalArgumentException("only filters can be client-side, not " + c);
        }
        support.put(c, Support.CLIENT_SIDE);
      }
      return this;
    }

    /** Declares filters the vendor's list operation requires. */
    public Builder requiredForList(Capability... capabilities) {
      for (Capability c : capabilities) {
        requiredForList.add(c);
      }
      return this;
    }

    /** Builds the matrix row. */
    public Capabilities build() {
      return new Capabilities(this);
    }
  }
}
