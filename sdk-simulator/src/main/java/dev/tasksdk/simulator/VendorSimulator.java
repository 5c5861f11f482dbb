package dev.tasksdk.simulator;

import dev.tasksdk.core.Vendor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link Simulator} per listed vendor for a JUnit 5 (5.10+) or 6 test class and injects it
 * into parameters of type {@link Simulator}. Each test starts from the seeded state (the spec's
 * examples, ids from 1, no queued fault, no recorded request), and a test fails when it made a
 * simulator answer outside its spec.
 *
 * <pre>{@code
 * @VendorSimulator(Vendor.AGENTTASKS)
 * class WorkflowTest {
 *   @Test
 *   void claimTwice_conflicts(Simulator sim) { ... sim.baseUrl() ... }
 * }
 * }</pre>
 *
 * <p>With several vendors, annotate the parameter too: {@code @VendorSimulator(Vendor.VAMBE)
 * Simulator vambe}. The servers stop after the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
@ExtendWith(SimulatorExtension.class)
public @interface VendorSimulator {
  /** The vendors to simulate. */
  Vendor[] value();

  /** Whether each test starts from the seeded state (default); false keeps state across tests. */
  boolean resetEachTest() default true;
}
