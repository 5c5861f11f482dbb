package dev.tasksdk.testkit;

import dev.tasksdk.core.Vendor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts Prism mock servers for a JUnit test class and hands them to the tests as {@link
 * PrismServer} parameters (of test methods, constructors, {@code @BeforeAll}/{@code @BeforeEach}
 * methods) or fields (static or instance, of type {@code PrismServer}).
 *
 * <p>Servers are {@link PrismServer#shared shared} by every test class of the run and stopped when
 * the run ends. With one vendor on the class, any {@code PrismServer} parameter or field gets it;
 * with several, annotate the parameter or field with {@code @PrismMock(Vendor.X)} naming one.
 *
 * <pre>{@code
 * @PrismMock(Vendor.VAMBE)
 * class VambeContractIT {
 *   @Test
 *   void listTasks_whenMocked_returnsExample(PrismServer prism) {
 *     VambeClient client = VambeClient.builder().baseUrl(prism.baseUrl()).apiKey("test").build();
 *     assertFalse(client.listTasks(...).isEmpty());
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PrismExtension.class)
public @interface PrismMock {
  /** The vendors to mock; on a field or parameter exactly one. */
  Vendor[] value();

  /** Run Prism with {@code --errors} (spec violations in requests become error responses). */
  boolean errors() default false;
}
