package dev.tasksdk.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.facade.TaskEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Starts the whole sample with Stuut pointed at a MockWebServer and the webhook endpoint on. */
@SpringBootTest(
    properties = {
      "tasksdk.stuut.api-key=" + SampleApplicationTest.KEY,
      "tasksdk.agenttasks.webhook.secret=" + SampleApplicationTest.SECRET
    })
class SampleApplicationTest {
  static final String KEY = "sk-SENTINEL-sample-4d2f";
  static final String SECRET = "whsec-SENTINEL-sample";

  static final MockWebServer STUUT = new MockWebServer();

  @DynamicPropertySource
  static void stuut(DynamicPropertyRegistry registry) throws Exception {
    STUUT.start();
    registry.add("tasksdk.stuut.base-url", () -> STUUT.url("/").toString());
  }

  @AfterAll
  static void stop() {
    STUUT.close();
  }

  @Autowired WebApplicationContext context;
  @Autowired WebhookLog webhooks;

  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = STUUT.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request to the Stuut mock").isNotNull();
    return r;
  }

  @Test
  void tasksEndpoint_listsThroughTheHub() throws Exception {
    STUUT.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"data\":[{\"id\":\"tsk_1\",\"label\":\"Approve reply\"}],\"next_page\":null}")
            .build());
    mvc.perform(get("/tasks"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tasks[0].ref").value("stuut:tsk_1"))
        .andExpect(jsonPath("$.tasks[0].title").value("Approve reply"))
        .andExpect(jsonPath("$.failures").isEmpty());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v1/tasks");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void health_reportsStuutUp() throws Exception {
    STUUT.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"data\":[],\"next_page\":null}")
            .build());
    mvc.perform(get("/actuator/health/tasksdk"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.stuut.status").value("UP"));
    assertThat(take().getTarget()).isEqualTo("/v1/tasks?limit=1");
  }

  @Test
  void webhook_reachesTheListener() throws Exception {
    byte[] body =
        ("{\"event\":\"task.created\",\"timestamp\":\"2025-01-15T10:05:00Z\","
                + "\"data\":{\"task\":{\"id\":\"cm_1\",\"title\":\"Write report\","
                + "\"status\":\"todo\",\"priority\":\"normal\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            post("/webhooks/agenttasks")
                .content(body)
                .header(AgentTasksWebhooks.SIGNATURE_HEADER, AgentTasksWebhooks.sign(body, SECRET))
                .header(AgentTasksWebhooks.DELIVERY_HEADER, "dlv_sample"))
        .andExpect(status().isAccepted());
    assertThat(webhooks.recent())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(TaskEvent.Kind.CREATED);
              assertThat(e.deliveryId()).contains("dlv_sample");
            });
  }
}
