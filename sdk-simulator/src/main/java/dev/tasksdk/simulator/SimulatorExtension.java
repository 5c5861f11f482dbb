package dev.tasksdk.simulator;

import dev.tasksdk.core.Vendor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link VendorSimulator}. Uses only API present in JUnit 5.10 and 6
 * ({@code Store.getOrComputeIfAbsent}, {@code CloseableResource}).
 */
public final class SimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(SimulatorExtension.class);

  /** Called by JUnit. */
  public SimulatorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (annotation(context).resetEachTest()) {
      running(context).all.values().forEach(Simulator::reset);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Simulator s : running(context).all.values()) {
      List<String> wrong = s.specViolations();
      if (!wrong.isEmpty()) {
        throw new AssertionError(
            s.vendor().displayName() + " simulator answered outside its spec: " + wrong);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == Simulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Running r = running(e);
    Optional<VendorSimulator> onParameter = p.findAnnotation(VendorSimulator.class);
    Vendor vendor;
    if (onParameter.isPresent() && onParameter.get().value().length == 1) {
      vendor = onParameter.get().value()[0];
    } else if (r.all.size() == 1) {
      vendor = r.all.keySet().iterator().next();
    } else {
      throw new ParameterResolutionException(
          "several simulators run for "
              + e.getRequiredTestClass().getSimpleName()
              + "; annotate the parameter with @VendorSimulator(Vendor.X) to pick one");
    }
    Simulator s = r.all.get(vendor);
    if (s == null) {
      throw new ParameterResolutionException(
          vendor + " is not simulated for this class; add it to the class's @VendorSimulator");
    }
    return s;
  }

  private static VendorSimulator annotation(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), VendorSimulator.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    context.getRequiredTestClass().getName()
                        + " has no @VendorSimulator naming the vendors to simulate"));
  }

  private static Running running(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    VendorSimulator a = annotation(context);
    return classContext
        .getStore(NS)
        .getOrComputeIfAbsent(Running.class, k -> new Running(a.value()), Running.class);
  }

  /** The simulators of one test class; JUnit closes them after the class. */
  @SuppressWarnings("deprecation") // CloseableResource: the one close hook JUnit 5.10 knows
  static final class Running implements ExtensionContext.Store.CloseableResource {
    final Map<Vendor, Simulator> all = new EnumMap<>(Vendor.class);

    Running(Vendor[] vendors) {
      try {
        for (Vendor v : vendors) {
          all.computeIfAbsent(v, Simulator::start);
        }
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      all.values().forEach(Simulator::close);
    }
  }
}
