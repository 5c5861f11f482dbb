package dev.tasksdk.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample's entry point. Configure a vendor with {@code TASKSDK_VAMBE_API_KEY} (or {@code
 * tasksdk.vambe.api-key}) and run {@code ./mvnw -pl examples/spring-boot-sample -am
 * spring-boot:run}-style from an IDE, or start {@link #main(String[])}.
 */
@SpringBootApplication
public class SampleApplication {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
