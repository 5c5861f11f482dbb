package dev.tasksdk.spring.boot;

import dev.tasksdk.core.Vendor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code tasksdk.<vendor>.api-key} is set (not blank) for at least one of the vendors,
 * bound the way Boot binds (so {@code TASKSDK_VAMBE_API_KEY} counts). The key's value never appears
 * in the condition report.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnTaskSdkVendorCondition.class)
public @interface ConditionalOnTaskSdkVendor {
  /** The vendors, any of which must be configured. */
  Vendor[] value();
}
