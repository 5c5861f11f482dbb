package dev.tasksdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class TaskSdkAutoConfigurationTest extends MockServerTest {
  /** A key value that must never show up in a message, a report or toString. */
  static final String KEY = "sk-SENTINEL-do-not-print-7f3a";

  static final String AMIGO_WORKSPACE = "3f2b5c9e-8d1a-4e6f-9b7c-2a1d0e5f4c3b";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TaskSdkAutoConfiguration.class, TaskHubAutoConfiguration.class));

  @Test
  void nothingConfigured_noClientsNoHubNoHttpClient() {
    runner.run(
        ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx).doesNotHaveBean(VambeClient.class);
          assertThat(ctx).doesNotHaveBean(AgentTasksClient.class);
          assertThat(ctx).doesNotHaveBean(TaskHub.class);
          assertThat(ctx).doesNotHaveBean(OkHttpClient.class);
          assertThat(ctx).hasSingleBean(TaskSdkProperties.class);
        });
  }

  @Test
  void onlyConfiguredVendorsGetBeans_andTheHubHasExactlyThem() {
    runner
        .withPropertyValues("tasksdk.vambe.api-key=" + KEY, "tasksdk.stuut.api-key=" + KEY)
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(VambeClient.class);
              assertThat(ctx).hasSingleBean(StuutClient.class);
              assertThat(ctx).doesNotHaveBean(AgentTasksClient.class);
              assertThat(ctx).doesNotHaveBean(AmigoClient.class);
              assertThat(ctx).doesNotHaveBean(AmplemarketClient.class);
              assertThat(ctx.getBean(TaskHub.class).vendors())
                  .containsExactlyInAnyOrder(Vendor.VAMBE, Vendor.STUUT);
            });
  }

  @Test
  void allFiveConfigured_fiveBeansSharingOneHttpClient() {
    runner
        .withPropertyValues(
            "tasksdk.agenttasks.api-key=" + KEY,
            "tasksdk.agenttasks.team-id=team_1",
            "tasksdk.amigo.api-key=" + KEY,
            "tasksdk.amigo.workspace-id=" + AMIGO_WORKSPACE,
            "tasksdk.amplemarket.api-key=" + KEY,
            "tasksdk.amplemarket.user-id=user_9",
            "tasksdk.stuut.api-key=" + KEY,
            "tasksdk.vambe.api-key=" + KEY)
        .run(
            ctx -> {
              assertThat(ctx.getBean(TaskHub.class).vendors()).hasSize(5);
              assertThat(ctx.getBean(AgentTasksClient.class).teamId()).contains("team_1");
              assertThat(ctx.getBean(AmigoClient.class).workspaceId()).contains(AMIGO_WORKSPACE);
              assertThat(ctx.getBean(AmplemarketClient.class).userId()).contains("user_9");
              assertThat(ctx).getBeans(OkHttpClient.class).hasSize(1);
              assertThat(ctx.getBean(VambeClient.class).options().okHttpClient())
                  .containsSame(ctx.getBean(OkHttpClient.class));
            });
  }

  @Test
  void commonPropertiesAreBound_andTheKeyGoesOnTheWire() {
    runner
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + KEY,
            "tasksdk.vambe.base-url=" + base(),
            "tasksdk.vambe.connect-timeout=2s",
            "tasksdk.vambe.read-timeout=3s",
            "tasksdk.vambe.write-timeout=4s",
            "tasksdk.vambe.call-timeout=9s",
            "tasksdk.vambe.max-retries=0")
        .run(
            ctx -> {
              VambeClient vambe = ctx.getBean(VambeClient.class);
              assertThat(vambe.options().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
              assertThat(vambe.options().readTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(vambe.options().writeTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(vambe.options().callTimeout()).isEqualTo(Duration.ofSeconds(9));
              assertThat(vambe.options().maxRetries()).isZero();
              server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
              assertThat(vambe.listTeamMembers()).isEmpty();
              RecordedRequest r = server.takeRequest();
              assertThat(r.getMethod()).isEqualTo("GET");
              assertThat(r.getTarget()).isEqualTo("/api/public/team-members/all");
              assertThat(r.getHeaders().get("x-api-key")).isEqualTo(KEY);
            });
  }

  @Test
  void environmentVariablesBindRelaxed() {
    Map<String, Object> env =
        Map.of(
            "TASKSDK_VAMBE_API_KEY",
            KEY,
            "TASKSDK_VAMBE_BASE_URL",
            base(),
            "TASKSDK_VAMBE_MAXRETRIES",
            "1",
            "TASKSDK_AGENTTASKS_API_KEY",
            KEY,
            "TASKSDK_AGENTTASKS_TEAMID",
            "team_env");
    runner
        .withInitializer(
            ctx -> {
              ctx.getEnvironment()
                  .getPropertySources()
                  .addFirst(
                      new SystemEnvironmentPropertySource(
                          StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
              ConfigurationPropertySources.attach(ctx.getEnvironment());
            })
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              VambeClient vambe = ctx.getBean(VambeClient.class);
              assertThat(vambe.baseUrl()).isEqualTo(base());
              assertThat(vambe.options().maxRetries()).isEqualTo(1);
              assertThat(ctx.getBean(AgentTasksClient.class).teamId()).contains("team_env");
              assertThat(ctx).doesNotHaveBean(StuutClient.class);
            });
  }

  @Test
  void applicationBeanWins() {
    runner
        .withPropertyValues("tasksdk.vambe.api-key=" + KEY)
        .withUserConfiguration(OwnVambe.class)
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(VambeClient.class);
              assertThat(ctx.getBean(VambeClient.class)).isSameAs(OwnVambe.CLIENT);
              assertThat(ctx.getBean(TaskHub.class).vendors()).containsExactly(Vendor.VAMBE);
            });
  }

  @Test
  void applicationBeanAlone_stillGetsAHub() {
    runner
        .withUserConfiguration(OwnVambe.class)
        .run(ctx -> assertThat(ctx.getBean(TaskHub.class).vendors()).containsExactly(Vendor.VAMBE));
  }

  @Test
  void customizersApplyInOrderAndWinOverProperties() {
    runner
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + KEY,
            "tasksdk.vambe.base-url=http://127.0.0.1:1/",
            "tasksdk.vambe.max-retries=4")
        .withUserConfiguration(Customizers.class)
        .run(
            ctx -> {
              VambeClient vambe = ctx.getBean(VambeClient.class);
              assertThat(vambe.baseUrl()).isEqualTo("http://127.0.0.1:3/");
              assertThat(vambe.options().maxRetries()).isEqualTo(2);
            });
  }

  @Test
  void missingTeamId_failsNamingThePropertyNeverTheKey() {
    runner
        .withPropertyValues("tasksdk.agenttasks.api-key=" + KEY)
        .run(
            ctx -> {
              assertThat(ctx).hasFailed();
              Throwable failure = ctx.getStartupFailure();
              InvalidTaskSdkPropertyException cause = rootCause(failure);
              assertThat(cause.property()).isEqualTo("tasksdk.agenttasks.team-id");
              FailureAnalysis analysis = new TaskSdkPropertyFailureAnalyzer().analyze(failure);
              assertThat(analysis.getDescription()).contains("tasksdk.agenttasks.team-id");
              assertThat(analysis.getAction()).contains("TASKSDK_AGENTTASKS_TEAMID");
              assertNoKey(failure, analysis);
            });
  }

  @Test
  void missingOrInvalidAmigoWorkspace_failsNamingTheProperty() {
    runner
        .withPropertyValues("tasksdk.amigo.api-key=" + KEY)
        .run(
            ctx ->
                assertThat(rootCause(ctx.getStartupFailure()).property())
                    .isEqualTo("tasksdk.amigo.workspace-id"));
    runner
        .withPropertyValues("tasksdk.amigo.api-key=" + KEY, "tasksdk.amigo.workspace-id=nope")
        .run(
            ctx -> {
              InvalidTaskSdkPropertyException cause = rootCause(ctx.getStartupFailure());
              assertThat(cause.property()).isEqualTo("tasksdk.amigo.workspace-id");
              assertNoKey(
                  ctx.getStartupFailure(),
                  new TaskSdkPropertyFailureAnalyzer().analyze(ctx.getStartupFailure()));
            });
  }

  @Test
  void invalidBaseUrl_failsNamingThePropertyNeverTheKey() {
    runner
        .withPropertyValues("tasksdk.stuut.api-key=" + KEY, "tasksdk.stuut.base-url=ftp://x")
        .run(
            ctx -> {
              InvalidTaskSdkPropertyException cause = rootCause(ctx.getStartupFailure());
              assertThat(cause.property()).isEqualTo("tasksdk.stuut.base-url");
              assertNoKey(ctx.getStartupFailure(), null);
            });
  }

  @Test
  void propertiesToStringHidesKeysAndSecrets() {
    runner
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + KEY,
            "tasksdk.agenttasks.api-key=" + KEY,
            "tasksdk.agenttasks.team-id=t",
            "tasksdk.agenttasks.webhook.secret=" + KEY)
        .run(
            ctx -> {
              String text = ctx.getBean(TaskSdkProperties.class).toString();
              assertThat(text)
                  .doesNotContain(KEY)
                  .contains("apiKey=<set>")
                  .contains("secret=<set>");
              assertThat(ctx.getBean(VambeClient.class).toString()).doesNotContain(KEY);
            });
  }

  static InvalidTaskSdkPropertyException rootCause(Throwable failure) {
    Throwable t = failure;
    while (t != null && !(t instanceof InvalidTaskSdkPropertyException)) {
      t = t.getCause();
    }
    assertThat(t).as("cause chain of %s", failure).isNotNull();
    return (InvalidTaskSdkPropertyException) t;
  }

  static void assertNoKey(Throwable failure, FailureAnalysis analysis) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
    }
    if (analysis != null) {
      assertThat(analysis.getDescription()).doesNotContain(KEY);
      assertThat(analysis.getAction()).doesNotContain(KEY);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnVambe {
    static final VambeClient CLIENT = VambeClient.builder().apiKey("own").build();

    @Bean
    VambeClient myVambe() {
      return CLIENT;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    VambeClientBuilderCustomizer second() {
      return b -> b.baseUrl("http://127.0.0.1:3/").maxRetries(2);
    }

    @Bean
    @Order(1)
    VambeClientBuilderCustomizer first() {
      return b -> b.baseUrl("http://127.0.0.1:2/");
    }
  }
}
