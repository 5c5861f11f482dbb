package dev.tasksdk.spring.boot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.facade.TaskEvent;
import dev.tasksdk.spring.boot.TaskSdkAutoConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

class AgentTasksWebhookAutoConfigurationTest {
  static final String SECRET = "whsec-SENTINEL-5b1e";

  static final String BODY =
      "{\"event\":\"task.claimed\",\"timestamp\":\"2025-01-15T10:05:00Z\",\"teamId\":\"team_1\","
          + "\"data\":{\"task\":{\"id\":\"cmabc123\",\"title\":\"Summarize Q1 reports\","
          + "\"status\":\"in_progress\",\"priority\":\"normal\",\"assignedAgentId\":\"cm_agent_xyz\","
          + "\"projectId\":\"cmproject_abc\",\"result\":null,\"createdAt\":\"2025-01-15T10:00:00Z\","
          + "\"updatedAt\":\"2025-01-15T10:05:00Z\"},\"agent\":{\"id\":\"cm_agent_xyz\","
          + "\"name\":\"Research Agent\"}}}";

  final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TaskSdkAutoConfiguration.class, AgentTasksWebhookAutoConfiguration.class))
          .withUserConfiguration(Recorder.class);

  @Test
  void validDelivery_isPublishedOnce_replayIsAcknowledgedNotRepublished() {
    runner
        .withPropertyValues("tasksdk.agenttasks.webhook.secret=" + SECRET)
        .run(
            ctx -> {
              MockMvc mvc = mvc(ctx.getBean(AgentTasksWebhookAutoConfiguration.ROUTE_BEAN));
              byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
              String signature = AgentTasksWebhooks.sign(body, SECRET);
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(AgentTasksWebhooks.SIGNATURE_HEADER, signature)
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_1"))
                  .andExpect(status().isAccepted());
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(AgentTasksWebhooks.SIGNATURE_HEADER, signature)
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_1"))
                  .andExpect(status().isOk())
                  .andExpect(content().string("duplicate"));
              List<TaskEvent> events = ctx.getBean(Recorder.class).events;
              assertThat(events).hasSize(1);
              TaskEvent e = events.get(0);
              assertThat(e.kind()).isEqualTo(TaskEvent.Kind.CLAIMED);
              assertThat(e.deliveryId()).contains("dlv_1");
              assertThat(e.task()).isPresent();
              assertThat(e.task().get().id()).isEqualTo("cmabc123");
              assertThat(e.actorName()).contains("Research Agent");
              // another delivery id is another delivery
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(AgentTasksWebhooks.SIGNATURE_HEADER, signature)
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_2"))
                  .andExpect(status().isAccepted());
              assertThat(events).hasSize(2);
            });
  }

  @Test
  void wrongOrMissingSignature_is401_andNothingIsPublished() {
    runner
        .withPropertyValues("tasksdk.agenttasks.webhook.secret=" + SECRET)
        .run(
            ctx -> {
              MockMvc mvc = mvc(ctx.getBean(AgentTasksWebhookAutoConfiguration.ROUTE_BEAN));
              byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(
                              AgentTasksWebhooks.SIGNATURE_HEADER,
                              AgentTasksWebhooks.sign(body, "another-secret"))
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_x"))
                  .andExpect(status().isUnauthorized());
              mvc.perform(post("/webhooks/agenttasks").content(body))
                  .andExpect(status().isUnauthorized());
              // a body changed after signing
              byte[] changed = BODY.replace("claimed", "created").getBytes(StandardCharsets.UTF_8);
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(changed)
                          .header(
                              AgentTasksWebhooks.SIGNATURE_HEADER,
                              AgentTasksWebhooks.sign(body, SECRET)))
                  .andExpect(status().isUnauthorized());
              assertThat(ctx.getBean(Recorder.class).events).isEmpty();
              // the rejected delivery id was not remembered: the genuine one still goes through
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(
                              AgentTasksWebhooks.SIGNATURE_HEADER,
                              AgentTasksWebhooks.sign(body, SECRET))
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_x"))
                  .andExpect(status().isAccepted());
              assertThat(ctx.getBean(Recorder.class).events).hasSize(1);
            });
  }

  @Test
  void signedGarbage_is400() {
    runner
        .withPropertyValues("tasksdk.agenttasks.webhook.secret=" + SECRET)
        .run(
            ctx -> {
              MockMvc mvc = mvc(ctx.getBean(AgentTasksWebhookAutoConfiguration.ROUTE_BEAN));
              byte[] body =
                  "{\"event\":\"task.created\",\"data\":{\"task\":5}}"
                      .getBytes(StandardCharsets.UTF_8);
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(
                              AgentTasksWebhooks.SIGNATURE_HEADER,
                              AgentTasksWebhooks.sign(body, SECRET)))
                  .andExpect(status().isBadRequest());
              assertThat(ctx.getBean(Recorder.class).events).isEmpty();
            });
  }

  @Test
  void pathIsConfigurable() {
    runner
        .withPropertyValues(
            "tasksdk.agenttasks.webhook.secret=" + SECRET,
            "tasksdk.agenttasks.webhook.path=/hooks/at")
        .run(
            ctx -> {
              MockMvc mvc = mvc(ctx.getBean(AgentTasksWebhookAutoConfiguration.ROUTE_BEAN));
              byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
              mvc.perform(
                      post("/hooks/at")
                          .content(body)
                          .header(
                              AgentTasksWebhooks.SIGNATURE_HEADER,
                              AgentTasksWebhooks.sign(body, SECRET)))
                  .andExpect(status().isAccepted());
              mvc.perform(post("/webhooks/agenttasks").content(body))
                  .andExpect(status().isNotFound());
            });
  }

  @Test
  void failingListener_is500_andTheRedeliveryIsProcessed() {
    runner
        .withPropertyValues("tasksdk.agenttasks.webhook.secret=" + SECRET)
        .withUserConfiguration(FailOnce.class)
        .run(
            ctx -> {
              MockMvc mvc = mvc(ctx.getBean(AgentTasksWebhookAutoConfiguration.ROUTE_BEAN));
              byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
              String signature = AgentTasksWebhooks.sign(body, SECRET);
              try {
                mvc.perform(
                    post("/webhooks/agenttasks")
                        .content(body)
                        .header(AgentTasksWebhooks.SIGNATURE_HEADER, signature)
                        .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_f"));
              } catch (Exception propagated) {
                // MockMvc rethrows what the servlet would turn into a 500
                assertThat(propagated).hasRootCauseMessage("listener down");
              }
              mvc.perform(
                      post("/webhooks/agenttasks")
                          .content(body)
                          .header(AgentTasksWebhooks.SIGNATURE_HEADER, signature)
                          .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_f"))
                  .andExpect(status().isAccepted());
              assertThat(ctx.getBean(Recorder.class).events).hasSize(2);
            });
  }

  @Test
  void noSecret_orNotAWebApplication_noEndpoint() {
    runner.run(ctx -> assertThat(ctx).doesNotHaveBean(AgentTasksWebhookHandler.class));
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                TaskSdkAutoConfiguration.class, AgentTasksWebhookAutoConfiguration.class))
        .withPropertyValues("tasksdk.agenttasks.webhook.secret=" + SECRET)
        .run(ctx -> assertThat(ctx).doesNotHaveBean(AgentTasksWebhookHandler.class));
  }

  @Test
  void dedupeIsBounded() {
    DeliveryIds ids = new DeliveryIds(2);
    assertThat(ids.claim("a")).isTrue();
    assertThat(ids.claim("b")).isTrue();
    assertThat(ids.claim("a")).isFalse();
    assertThat(ids.claim("c")).isTrue();
    assertThat(ids.size()).isEqualTo(2);
    // "b" was the least recently seen, so it was dropped
    assertThat(ids.claim("b")).isTrue();
  }

  @SuppressWarnings("unchecked")
  static MockMvc mvc(Object route) {
    return MockMvcBuilders.routerFunctions((RouterFunction<ServerResponse>) route).build();
  }

  @Configuration(proxyBeanMethods = false)
  static class Recorder implements ApplicationListener<TaskWebhookEvent> {
    final List<TaskEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(TaskWebhookEvent event) {
      events.add(event.taskEvent());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class FailOnce {
    private boolean failed;

    @Bean
    ApplicationListener<TaskWebhookEvent> failOnce() {
      return e -> {
        if (!failed) {
          failed = true;
          throw new IllegalStateException("listener down");
        }
      };
    }
  }
}
