package dev.tasksdk.testkit;

import dev.tasksdk.core.Vendor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link PrismMock}: starts the class's servers before all tests,
 * injects {@link PrismServer} fields and resolves {@link PrismServer} parameters, and stops the
 * shared servers when the run's root context closes. Register it through {@code @PrismMock}.
 */
public final class PrismExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PrismExtension.class);

  /** Created by JUnit. */
  public PrismExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    registerStopAtEndOfRun(context);
    Class<?> testClass = context.getRequiredTestClass();
    startAll(classVendors(testClass), options(classAnnotation(testClass)));
    for (Field f : serverFields(testClass)) {
      if (Modifier.isStatic(f.getModifiers())) {
        set(f, null, serverFor(f, testClass, f.getName()));
      }
    }
  }

  /** Starts the servers side by side: each start mostly waits for node to load Prism. */
  private static void startAll(Set<Vendor> vendors, PrismOptions options) {
    if (vendors.size() < 2) {
      vendors.forEach(v -> PrismServer.shared(v, options));
      return;
    }
    List<CompletableFuture<PrismServer>> starts = new ArrayList<>();
    for (Vendor v : vendors) {
      starts.add(CompletableFuture.supplyAsync(() -> PrismServer.shared(v, options)));
    }
    for (CompletableFuture<PrismServer> f : starts) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field f : serverFields(instance.getClass())) {
        if (!Modifier.isStatic(f.getModifiers())) {
          set(f, instance, serverFor(f, instance.getClass(), f.getName()));
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.getParameter().getType() == PrismServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    registerStopAtEndOfRun(context);
    Class<?> testClass =
        context
            .getTestClass()
            .orElse(parameterContext.getDeclaringExecutable().getDeclaringClass());
    return serverFor(
        parameterContext.getParameter(),
        testClass,
        "parameter " + parameterContext.getParameter().getName());
  }

  private static void registerStopAtEndOfRun(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(StopShared.class, k -> new StopShared(), StopShared.class);
  }

  private static PrismServer serverFor(AnnotatedElement element, Class<?> testClass, String what) {
    Optional<PrismMock> own = AnnotationSupport.findAnnotation(element, PrismMock.class);
    if (own.isPresent()) {
      Vendor[] vendors = own.get().value();
      if (vendors.length != 1) {
        throw new ExtensionConfigurationException(
            "@PrismMock on " + what + " must name exactly one vendor");
      }
      return PrismServer.shared(vendors[0], options(own.get()));
    }
    Set<Vendor> vendors = classVendors(testClass);
    if (vendors.size() != 1) {
      throw new ExtensionConfigurationException(
          (vendors.isEmpty() ? "no @PrismMock vendor" : "several @PrismMock vendors " + vendors)
              + " for "
              + what
              + " in "
              + testClass.getName()
              + ": annotate it with @PrismMock(Vendor.X)");
    }
    return PrismServer.shared(vendors.iterator().next(), options(classAnnotation(testClass)));
  }

  private static PrismOptions options(PrismMock mock) {
    return mock != null && mock.errors()
        ? PrismOptions.builder().errors(true).build()
        : PrismOptions.defaults();
  }

  /** The annotation on the class or, for {@code @Nested} classes, the nearest enclosing class. */
  private static PrismMock classAnnotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<PrismMock> a = AnnotationSupport.findAnnotation(c, PrismMock.class);
      if (a.isPresent()) {
        return a.get();
      }
    }
    return null;
  }

  private static Set<Vendor> classVendors(Class<?> testClass) {
    PrismMock a = classAnnotation(testClass);
    return a == null ? Set.of() : new LinkedHashSet<>(List.of(a.value()));
  }

  private static List<Field> serverFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == PrismServer.class && !Modifier.isFinal(f.getModifiers())) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  private static void set(Field f, Object target, PrismServer server) {
    try {
      f.setAccessible(true);
      f.set(target, server);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ExtensionConfigurationException("cannot inject PrismServer into " + f, e);
    }
  }

  /** Stops the shared servers when JUnit closes the root store at the end of the run. */
  // JUnit 5.10 closes a CloseableResource at the end of the run, JUnit 6 an AutoCloseable
  @SuppressWarnings("deprecation")
  private static final class StopShared
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      PrismServer.stopShared();
    }
  }
}
