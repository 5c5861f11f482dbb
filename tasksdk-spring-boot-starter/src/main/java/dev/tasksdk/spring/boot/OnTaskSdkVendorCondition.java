package dev.tasksdk.spring.boot;

import dev.tasksdk.core.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Evaluates {@link ConditionalOnTaskSdkVendor}. */
final class OnTaskSdkVendorCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes =
        metadata.getAnnotationAttributes(ConditionalOnTaskSdkVendor.class.getName());
    Vendor[] vendors = (Vendor[]) attributes.get("value");
    Binder binder = Binder.get(context.getEnvironment());
    List<String> set = new ArrayList<>();
    List<String> unset = new ArrayList<>();
    for (Vendor vendor : vendors) {
      String property = apiKeyProperty(vendor);
      boolean configured = binder.bind(property, String.class).map(v -> !v.isBlank()).orElse(false);
      (configured ? set : unset).add(property);
    }
    ConditionMessage.Builder message =
        ConditionMessage.forCondition(ConditionalOnTaskSdkVendor.class);
    return set.isEmpty()
        ? ConditionOutcome.noMatch(message.didNotFind("property", "properties").items(unset))
        : ConditionOutcome.match(message.found("property", "properties").items(set));
  }

  /** {@code tasksdk.<vendor>.api-key}. */
  static String apiKeyProperty(Vendor vendor) {
    return TaskSdkProperties.PREFIX + "." + vendor.id() + ".api-key";
  }
}
