package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Response bodies in each vendor's shape, as compact JSON: one task, or a page of {@code n} tasks
 * wrapped in the vendor's envelope. Values are realistic (dates, ids, nested objects), modelled on
 * the specs' examples; ids are {@code t} plus seven digits so that a page can be patched in place.
 */
public final class Payloads {
  /** Tasks per page in the decode and paging benchmarks. */
  public static final int PAGE = 100;

  /** The digits of an id: {@code t0000042}. */
  static final int ID_DIGITS = 7;

  private Payloads() {}

  /** The id of task number {@code i}. */
  public static String id(int i) {
    return "t" + String.format(Locale.ROOT, "%07d", i);
  }

  /** One task of {@code vendor} as JSON. */
  public static String task(Vendor vendor, int i) {
    String id = id(i);
    switch (vendor) {
      case AGENTTASKS:
        return "{\"id\":\""
            + id
            + "\",\"title\":\"Summarize Q1 reports\",\"description\":\"Read the attached reports"
            + " and write a one-page summary for the board.\",\"status\":\"todo\",\"priority\":"
            + "\"normal\",\"assignedAgentId\":null,\"projectId\":\"cmproject_abc\",\"result\":null,"
            + "\"createdAt\":\"2025-01-15T10:00:00Z\",\"updatedAt\":\"2025-01-15T10:05:00Z\"}";
      case AMPLEMARKET:
        return "{\"id\":\""
            + id
            + "\",\"automatic\":false,\"type\":\"phone_call\",\"status\":\"scheduled\","
            + "\"due_on\":\"2025-08-29T12:54:34Z\",\"finished_on\":null,\"notes\":\"custom task"
            + " notes\",\"sequence_key\":\"0198f650-0a1b-7c2d-9e3f-405162738495\","
            + "\"sequence_name\":\"Q3 outbound\",\"user_id\":\"0198f652-bc9b-79c2-8b91-60e1bd43e45d\","
            + "\"user_email\":\"user@example.com\",\"contact\":{\"id\":"
            + "\"0198f652-bd62-7cb8-9c22-05be51e2a231\",\"name\":\"User Amplemarket\",\"email\":"
            + "\"user@amplemarket.com\"}}";
      case AMIGO:
        return "{\"task_id\":\""
            + id
            + "\",\"call_sid\":\"CA1234567890abcdef1234567890abcdef\",\"workspace_id\":"
            + "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"skill\":\"intake_processing\",\"tier\":"
            + "\"direct\",\"status\":\"completed\",\"result\":\"Intake form processed; 3 fields"
            + " extracted.\",\"error\":null,\"error_type\":null,\"duration_ms\":1843.5,"
            + "\"input_tokens\":1250,\"output_tokens\":310,\"cached_tokens\":0,\"sub_tool_count\":2,"
            + "\"progress_message\":null,\"progress_step\":null,\"dispatched_at\":"
            + "\"2025-10-20T10:30:00.123456+00:00\",\"completed_at\":"
            + "\"2025-10-20T10:30:01.967000+00:00\"}";
      case STUUT:
        return "{\"label\":\"Follow up on invoice INV-1042\",\"object\":\"task\","
            + "\"organization_id\":\"org_7Hq2\",\"type\":\"activity_summary_outreach\",\"id\":\""
            + id
            + "\",\"action_taken\":\"complete\",\"assignee\":{\"email\":\"ana@example.com\","
            + "\"family_name\":\"Silva\",\"given_name\":\"Ana\",\"object\":\"user\","
            + "\"organization_id\":\"org_7Hq2\",\"id\":\"usr_19\",\"created_at\":"
            + "\"2023-11-07T05:31:56Z\",\"dashboard_settings\":{\"thread_emails_sort_order\":\"asc\"},"
            + "\"default_email_sender_id\":\"snd_3\",\"invited_by_user_id\":\"usr_1\","
            + "\"is_access_approved\":true,\"is_org_admin\":false,\"modified_at\":"
            + "\"2023-11-08T05:31:56Z\",\"name\":\"Ana Silva\",\"onboarding_required\":false,"
            + "\"profile_picture\":\"https://example.com/p/19.png\",\"selected\":true},"
            + "\"assignee_id\":\"usr_19\",\"close_reason\":null,\"completed_action\":{},"
            + "\"created_at\":\"2023-11-07T05:31:56Z\",\"data\":[{\"object\":\"task_data\","
            + "\"source\":\"email\",\"task_id\":\""
            + id
            + "\",\"type\":\"response\",\"id\":\"td_1\",\"created_at\":\"2023-11-07T05:31:56Z\","
            + "\"data\":{\"text\":\"We will pay on Friday.\"},\"modified_at\":"
            + "\"2023-11-07T05:31:56Z\"}],\"description\":\"Customer replied about the overdue"
            + " invoice.\",\"error_reason\":null,\"modified_at\":\"2023-11-07T06:00:00Z\","
            + "\"status\":\"open\",\"trigger_event\":{\"name\":\"email.received\",\"object\":"
            + "\"event\",\"id\":\"ev_1\",\"actor_id\":\"usr_19\",\"created_at\":"
            + "\"2023-11-07T05:31:56Z\",\"data\":{\"thread\":\"th_8\"},\"entity\":{\"kind\":"
            + "\"invoice\"},\"entity_id\":\"inv_1042\",\"message\":\"Reply received\","
            + "\"modified_at\":\"2023-11-07T05:31:56Z\",\"timestamp\":\"2023-11-07T05:31:56Z\"},"
            + "\"trigger_event_id\":\"ev_1\"}";
      case VAMBE:
        return "{\"id\":\""
            + id
            + "\",\"title\":\"Follow up with customer\",\"description\":\"Call customer regarding"
            + " their inquiry about pricing\",\"due_timezone\":\"America/Santiago\",\"due_at\":"
            + "\"2025-10-25T14:00:00.000Z\",\"is_all_day\":false,\"created_at\":"
            + "\"2025-10-20T10:30:00.000Z\",\"ai_contact_id\":\"contact-uuid-123\","
            + "\"ai_customer_id\":null,\"task_status_config_id\":\"status-uuid-789\",\"priority\":"
            + "\"high\",\"creator_id\":\"user-uuid-456\",\"task_responsibles\":[{\"responsible_id\":"
            + "\"228d7a0d-9072-4ca8-939b-959b75cc606a\"}],\"status_config\":{\"id\":"
            + "\"status-uuid-789\",\"name\":\"Pendiente\",\"color\":\"#60a5fa\",\"type\":\"initial\","
            + "\"order\":1}}";
      default:
        throw new IllegalArgumentException("vendor: " + vendor);
    }
  }

  /** A page of tasks {@code first .. first+n-1} in the vendor's list envelope (a last page). */
  public static String page(Vendor vendor, int first, int n) {
    StringBuilder items = new StringBuilder(n * 1200);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        items.append(',');
      }
      items.append(task(vendor, first + i));
    }
    switch (vendor) {
      case AGENTTASKS:
      case VAMBE:
        return "[" + items + "]";
      case AMPLEMARKET:
        return "{\"tasks\":["
            + items
            + "],\"_links\":{\"self\":{\"href\":\"/tasks?page[size]="
            + n
            + "\"}}}";
      case AMIGO:
        return "{\"tasks\":[" + items + "]}";
      case STUUT:
        return "{\"data\":["
            + items
            + "],\"current_page\":1,\"total_records\":"
            + n
            + ",\"next_page\":null}";
      default:
        throw new IllegalArgumentException("vendor: " + vendor);
    }
  }

  /** {@link #page} as UTF-8 bytes. */
  public static byte[] pageBytes(Vendor vendor, int n) {
    return page(vendor, 0, n).getBytes(StandardCharsets.UTF_8);
  }
}
