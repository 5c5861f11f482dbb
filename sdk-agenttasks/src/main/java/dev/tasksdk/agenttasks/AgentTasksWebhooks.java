package dev.tasksdk.agenttasks;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tasksdk.agenttasks.internal.AgentTasksProfile;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and parses AgentTasks webhook requests.
 *
 * <p>AgentTasks POSTs {@code {event, timestamp, teamId, data: {task, agent: {id, name}}}} with the
 * headers {@code X-AgentTasks-Event}, {@code X-AgentTasks-Delivery} (a UUID) and {@code
 * X-AgentTasks-Signature: sha256=<hex>}, the HMAC-SHA256 of the raw body keyed with the webhook
 * secret (its UTF-8 bytes). Verify over the bytes exactly as received, before any JSON parsing or
 * re-encoding; the comparison runs in constant time ({@link MessageDigest#isEqual}).
 *
 * <pre>{@code
 * // in your HTTP handler
 * byte[] body = request.getInputStream().readAllBytes();
 * try {
 *   WebhookEvent event = AgentTasksWebhooks.parse(body, request::getHeader, webhookSecret);
 *   if (WebhookEvent.TASK_COMPLETED.equals(event.event())) { ... }
 *   response.setStatus(204);
 * } catch (WebhookVerificationException e) {
 *   response.setStatus(401);
 * }
 * }</pre>
 */
public final class AgentTasksWebhooks {
  /** The header carrying {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-AgentTasks-Signature";

  /** The header carrying the event name. */
  public static final String EVENT_HEADER = "X-AgentTasks-Event";

  /** The header carrying the delivery's UUID. */
  public static final String DELIVERY_HEADER = "X-AgentTasks-Delivery";

  private static final String PREFIX = "sha256=";
  private static final int HEX_LENGTH = 64;
  private static final HexFormat HEX = HexFormat.of();

  private AgentTasksWebhooks() {}

  /**
   * Checks that {@code signatureHeader} is the HMAC-SHA256 of {@code rawBody} with {@code secret}.
   *
   * @param rawBody the request body exactly as received
   * @param signatureHeader the value of {@code X-AgentTasks-Signature}, e.g. {@code sha256=ab12...}
   * @param secret the webhook secret
   * @throws WebhookVerificationException when the header is missing, malformed or does not match
   * @throws NullPointerException naming {@code rawBody} or {@code secret} when null
   * @throws IllegalArgumentException naming {@code secret} when it is blank
   */
  public static void verify(byte[] rawBody, String signatureHeader, String secret) {
    verify(rawBody, signatureHeader, secret(secret));
  }

  /**
   * Checks the signature as {@link #verify(byte[], String, String)} does, with a {@link Secret}.
   */
  public static void verify(byte[] rawBody, String signatureHeader, Secret secret) {
    if (rawBody == null) {
      throw new NullPointerException("rawBody == null");
    }
    if (secret == null) {
      throw new NullPointerException("secret == null");
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.MISSING_SIGNATURE,
          "AgentTasks webhook rejected: the " + SIGNATURE_HEADER + " header is missing");
    }
    byte[] given = decode(signatureHeader.trim());
    byte[] expected = hmac(rawBody, secret);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
          "AgentTasks webhook rejected: the "
              + SIGNATURE_HEADER
              + " does not match the body (wrong secret, or the body was changed before"
              + " verification)");
    }
  }

  /**
   * Verifies the signature, then parses the body into an event.
   *
   * @throws WebhookVerificationException when the signature is missing, malformed or wrong
   * @throws InvalidWebhookPayloadException when the verified body is not an AgentTasks event
   */
  public static WebhookEvent parse(byte[] rawBody, String signatureHeader, String secret) {
    return parse(rawBody, signatureHeader, secret(secret));
  }

  /** Verifies and parses as {@link #parse(byte[], String, String)} does, with a {@link Secret}. */
  public static WebhookEvent parse(byte[] rawBody, String signatureHeader, Secret secret) {
    verify(rawBody, signatureHeader, secret);
    return read(rawBody, null, null);
  }

  /**
   * Verifies and parses a request given its headers: {@code headers} looks a header up by name
   * (e.g. {@code request::getHeader}; it should ignore case) and supplies the signature, the
   * delivery id and, when the body lacks one, the event name.
   *
   * @throws WebhookVerificationException when the signature is missing, malformed or wrong
   * @throws InvalidWebhookPayloadException when the verified body is not an AgentTasks event
   */
  public static WebhookEvent parse(
      byte[] rawBody, Function<String, String> headers, String secret) {
    return parse(rawBody, headers, secret(secret));
  }

  /** Verifies and parses a request given its headers, with a {@link Secret}. */
  public static WebhookEvent parse(
      byte[] rawBody, Function<String, String> headers, Secret secret) {
    if (headers == null) {
      throw new NullPointerException("headers == null");
    }
    verify(rawBody, headers.apply(SIGNATURE_HEADER), secret);
    return read(
        rawBody,
        blankToNull(headers.apply(EVENT_HEADER)),
        blankToNull(headers.apply(DELIVERY_HEADER)));
  }

  /**
   * Computes the {@code X-AgentTasks-Signature} value for a body: {@code sha256=<lower-case hex>}.
   * Useful to test a webhook endpoint.
   */
  public static String sign(byte[] rawBody, String secret) {
    return sign(rawBody, secret(secret));
  }

  /** Computes the signature header value for a body, with a {@link Secret}. */
  public static String sign(byte[] rawBody, Secret secret) {
    if (rawBody == null) {
      throw new NullPointerException("rawBody == null");
    }
    if (secret == null) {
      throw new NullPointerException("secret == null");
    }
    return PREFIX + HEX.formatHex(hmac(rawBody, secret));
  }

  private static Secret secret(String secret) {
    if (secret == null) {
      throw new NullPointerException("secret == null");
    }
    if (secret.isBlank()) {
      throw new IllegalArgumentException("secret is blank");
    }
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("secret contains a control character");
      }
    }
    return Secret.of(secret);
  }

  private static byte[] decode(String header) {
    String hex =
        header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? header.substring(PREFIX.length())
            : null;
    if (hex == null || hex.length() != HEX_LENGTH) {
      throw malformed();
    }
    try {
      return HEX.parseHex(hex.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private static WebhookVerificationException malformed() {
    return new WebhookVerificationException(
        WebhookVerificationException.Reason.MALFORMED_SIGNATURE,
        "AgentTasks webhook rejected: the "
            + SIGNATURE_HEADER
            + " header is not sha256=<64 hex digits>");
  }

  private static byte[] hmac(byte[] body, Secret secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static WebhookEvent read(byte[] rawBody, String headerEvent, String deliveryId) {
    String text = new String(rawBody, StandardCharsets.UTF_8);
    JsonObject root;
    try {
      JsonElement parsed = JsonParser.parseString(text);
      if (parsed == null || !parsed.isJsonObject()) {
        throw new InvalidWebhookPayloadException("not a JSON object", text, null);
      }
      root = parsed.getAsJsonObject();
    } catch (JsonParseException | StackOverflowError e) {
      throw new InvalidWebhookPayloadException("not JSON", text, e);
    }
    String event = string(root, "event", text);
    if (event == null || event.isBlank()) {
      event = headerEvent;
    }
    if (event == null || event.isBlank()) {
      throw new InvalidWebhookPayloadException("event is missing", text, null);
    }
    String timestamp = string(root, "timestamp", text);
    JsonObject data = object(root, "data", text);
    // [choice] task/agent are read from data; a payload without data may carry them at the top
    JsonObject holder = data != null ? data : root;
    Task task = task(holder, text);
    JsonObject agentJson = object(holder, "agent", text);
    WebhookEvent.Agent agent = null;
    if (agentJson != null) {
      String id = string(agentJson, "id", text);
      String name = string(agentJson, "name", text);
      if (id != null || name != null) {
        agent = WebhookEvent.Agent.of(id, name);
      }
    }
    return WebhookEvent.builder()
        .event(event)
        .timestamp(timestamp, instant(timestamp))
        .teamId(string(root, "teamId", text))
        .task(task)
        .agent(agent)
        .deliveryId(deliveryId)
        .build();
  }

  private static Task task(JsonObject holder, String text) {
    JsonObject json = object(holder, "task", text);
    if (json == null) {
      return null;
    }
    Gson gson = AgentTasksProfile.get().gson();
    Task task;
    try {
      task = gson.fromJson(json, Task.class);
    } catch (RuntimeException e) {
      throw new InvalidWebhookPayloadException("task is not an AgentTasks task", text, e);
    }
    if (task == null || task.getId() == null || task.getId().isBlank()) {
      throw new InvalidWebhookPayloadException("data.task.id is missing", text, null);
    }
    return task;
  }

  private static JsonObject object(JsonObject o, String name, String text) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonObject()) {
      throw new InvalidWebhookPayloadException(name + " is not an object", text, null);
    }
    return e.getAsJsonObject();
  }

  private static String string(JsonObject o, String name, String text) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonPrimitive()) {
      throw new InvalidWebhookPayloadException(name + " is not a string", text, null);
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    return p.getAsString();
  }

  /** ISO-8601 with offset, or epoch seconds / milliseconds; null when unreadable. */
  static Instant instant(String timestamp) {
    if (timestamp == null || timestamp.isBlank()) {
      return null;
    }
    String t = timestamp.trim();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeException notOffset) {
      // try the other forms
    }
    try {
      return Instant.parse(t);
    } catch (DateTimeException notInstant) {
      // try epoch
    }
    try {
      long n = Long.parseLong(t);
      return n < 100_000_000_000L ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
