package dev.tasksdk.benchmarks;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: each vendor's page decoded by hand with Gson's streaming {@link JsonReader}, field
 * by field, into the same model objects Gson's data binding produces (so that both sides do the
 * same work and {@code HandParsersTest} can compare the results with {@code equals}). Dates are
 * parsed to {@link OffsetDateTime} as the generated adapter does; free-form fields ({@code object}
 * without properties) go through Gson's {@code Object} adapter, as data binding does.
 */
public final class HandParsers {
  private static final TypeAdapter<Object> ANY = new Gson().getAdapter(Object.class);

  private HandParsers() {}

  // ---- AgentTasks: a bare array of tasks ------------------------------------------------------

  /** An AgentTasks page: {@code [task, ...]}. */
  public static List<dev.tasksdk.agenttasks.model.Task> agentTasksPage(JsonReader r)
      throws IOException {
    List<dev.tasksdk.agenttasks.model.Task> out = array(r, HandParsers::agentTasksTask);
    return out;
  }

  /** Counts an AgentTasks page's tasks and returns the last id (the paging baseline's cursor). */
  public static String agentTasksPageLastId(JsonReader r, int[] count) throws IOException {
    String last = null;
    r.beginArray();
    while (r.hasNext()) {
      last = agentTasksTask(r).getId();
      count[0]++;
    }
    r.endArray();
    return last;
  }

  /** One AgentTasks task. */
  public static dev.tasksdk.agenttasks.model.Task agentTasksTask(JsonReader r) throws IOException {
    dev.tasksdk.agenttasks.model.Task t = new dev.tasksdk.agenttasks.model.Task();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "id" -> t.setId(str(r));
        case "title" -> t.setTitle(str(r));
        case "description" -> t.setDescription(str(r));
        case "status" -> t.setStatus(str(r));
        case "priority" -> t.setPriority(str(r));
        case "assignedAgentId" -> t.setAssignedAgentId(str(r));
        case "projectId" -> t.setProjectId(str(r));
        case "result" -> t.setResult(str(r));
        case "createdAt" -> t.setCreatedAt(date(r));
        case "updatedAt" -> t.setUpdatedAt(date(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return t;
  }

  // ---- Amplemarket: {"tasks": [...], "_links": {...}} -----------------------------------------

  /** An Amplemarket page. */
  public static dev.tasksdk.amplemarket.model.TaskList amplemarketPage(JsonReader r)
      throws IOException {
    var page = new dev.tasksdk.amplemarket.model.TaskList();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "tasks" -> {
          List<dev.tasksdk.amplemarket.model.Task> tasks = array(r, HandParsers::amplemarketTask);
          page.setTasks(tasks);
        }
        case "_links" -> page.setLinks(amplemarketLinks(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return page;
  }

  private static dev.tasksdk.amplemarket.model.Task amplemarketTask(JsonReader r)
      throws IOException {
    var t = new dev.tasksdk.amplemarket.model.Task();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "id" -> t.setId(str(r));
        case "automatic" -> t.setAutomatic(bool(r));
        case "type" -> t.setType(str(r));
        case "status" -> t.setStatus(str(r));
        case "due_on" -> t.setDueOn(date(r));
        case "finished_on" -> t.setFinishedOn(date(r));
        case "notes" -> t.setNotes(str(r));
        case "sequence_key" -> t.setSequenceKey(str(r));
        case "sequence_name" -> t.setSequenceName(str(r));
        case "user_id" -> t.setUserId(str(r));
        case "user_email" -> t.setUserEmail(str(r));
        case "contact" -> {
          if (nullValue(r)) {
            t.setContact(null);
          } else {
            var c = new dev.tasksdk.amplemarket.model.Contact();
            r.beginObject();
            while (r.hasNext()) {
              switch (r.nextName()) {
                case "id" -> c.setId(str(r));
                case "name" -> c.setName(str(r));
                case "email" -> c.setEmail(str(r));
                default -> r.skipValue();
              }
            }
            r.endObject();
            t.setContact(c);
          }
        }
        default -> r.skipValue();
      }
    }
    r.endObject();
    return t;
  }

  private static dev.tasksdk.amplemarket.model.Links amplemarketLinks(JsonReader r)
      throws IOException {
    if (nullValue(r)) {
      return null;
    }
    var links = new dev.tasksdk.amplemarket.model.Links();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "self" -> links.setSelf(amplemarketLink(r));
        case "next" -> links.setNext(amplemarketLink(r));
        case "prev" -> links.setPrev(amplemarketLink(r));
        case "previous" -> links.setPrevious(amplemarketLink(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return links;
  }

  private static dev.tasksdk.amplemarket.model.Link amplemarketLink(JsonReader r)
      throws IOException {
    if (nullValue(r)) {
      return null;
    }
    var link = new dev.tasksdk.amplemarket.model.Link();
    r.beginObject();
    while (r.hasNext()) {
      if (r.nextName().equals("href")) {
        link.setHref(str(r));
      } else {
        r.skipValue();
      }
    }
    r.endObject();
    return link;
  }

  // ---- Amigo: {"tasks": [...]} ----------------------------------------------------------------

  /** An Amigo page. */
  public static dev.tasksdk.amigo.model.TaskListResponse amigoPage(JsonReader r)
      throws IOException {
    var page = new dev.tasksdk.amigo.model.TaskListResponse();
    r.beginObject();
    while (r.hasNext()) {
      if (r.nextName().equals("tasks")) {
        List<dev.tasksdk.amigo.model.TaskStateResponse> tasks = array(r, HandParsers::amigoTask);
        page.setTasks(tasks);
      } else {
        r.skipValue();
      }
    }
    r.endObject();
    return page;
  }

  private static dev.tasksdk.amigo.model.TaskStateResponse amigoTask(JsonReader r)
      throws IOException {
    var t = new dev.tasksdk.amigo.model.TaskStateResponse();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "task_id" -> t.setTaskId(str(r));
        case "call_sid" -> t.setCallSid(str(r));
        case "workspace_id" -> t.setWorkspaceId(str(r));
        case "skill" -> t.setSkill(str(r));
        case "tier" -> t.setTier(str(r));
        case "status" -> t.setStatus(str(r));
        case "result" -> t.setResult(str(r));
        case "error" -> t.setError(str(r));
        case "error_type" -> t.setErrorType(str(r));
        case "duration_ms" -> t.setDurationMs(dbl(r));
        case "input_tokens" -> t.setInputTokens(integer(r));
        case "output_tokens" -> t.setOutputTokens(integer(r));
        case "cached_tokens" -> t.setCachedTokens(integer(r));
        case "sub_tool_count" -> t.setSubToolCount(integer(r));
        case "progress_message" -> t.setProgressMessage(str(r));
        case "progress_step" -> t.setProgressStep(integer(r));
        case "dispatched_at" -> t.setDispatchedAt(str(r));
        case "completed_at" -> t.setCompletedAt(str(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return t;
  }

  // ---- Stuut: {"data": [...], "current_page": 1, ...} -----------------------------------------

  /** A Stuut page. */
  public static dev.tasksdk.stuut.model.TaskList stuutPage(JsonReader r) throws IOException {
    var page = new dev.tasksdk.stuut.model.TaskList();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "data" -> {
          List<dev.tasksdk.stuut.model.Task> tasks = array(r, HandParsers::stuutTask);
          page.setData(tasks);
        }
        case "current_page" -> page.setCurrentPage(integer(r));
        case "total_records" -> page.setTotalRecords(integer(r));
        case "next_page" -> page.setNextPage(integer(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return page;
  }

  private static dev.tasksdk.stuut.model.Task stuutTask(JsonReader r) throws IOException {
    var t = new dev.tasksdk.stuut.model.Task();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "label" -> t.setLabel(str(r));
        case "object" -> t.setObject(str(r));
        case "organization_id" -> t.setOrganizationId(str(r));
        case "type" -> t.setType(str(r));
        case "id" -> t.setId(str(r));
        case "action_taken" -> t.setActionTaken(str(r));
        case "assignee" -> t.setAssignee(stuutUser(r));
        case "assignee_id" -> t.setAssigneeId(str(r));
        case "close_reason" -> t.setCloseReason(str(r));
        case "completed_action" -> t.setCompletedAction(ANY.read(r));
        case "created_at" -> t.setCreatedAt(date(r));
        case "data" -> {
          if (nullValue(r)) {
            t.setData(null);
          } else {
            List<dev.tasksdk.stuut.model.TaskData> data = array(r, HandParsers::stuutTaskData);
            t.setData(data);
          }
        }
        case "description" -> t.setDescription(str(r));
        case "error_reason" -> t.setErrorReason(str(r));
        case "modified_at" -> t.setModifiedAt(date(r));
        case "status" -> t.setStatus(str(r));
        case "trigger_event" -> t.setTriggerEvent(stuutEvent(r));
        case "trigger_event_id" -> t.setTriggerEventId(str(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return t;
  }

  private static dev.tasksdk.stuut.model.User stuutUser(JsonReader r) throws IOException {
    if (nullValue(r)) {
      return null;
    }
    var u = new dev.tasksdk.stuut.model.User();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "email" -> u.setEmail(str(r));
        case "family_name" -> u.setFamilyName(str(r));
        case "given_name" -> u.setGivenName(str(r));
        case "object" -> u.setObject(str(r));
        case "organization_id" -> u.setOrganizationId(str(r));
        case "id" -> u.setId(str(r));
        case "created_at" -> u.setCreatedAt(date(r));
        case "dashboard_settings" -> {
          if (nullValue(r)) {
            u.setDashboardSettings(null);
          } else {
            var d = new dev.tasksdk.stuut.model.DashboardSettings();
            r.beginObject();
            while (r.hasNext()) {
              if (r.nextName().equals("thread_emails_sort_order")) {
                d.setThreadEmailsSortOrder(str(r));
              } else {
                r.skipValue();
              }
            }
            r.endObject();
            u.setDashboardSettings(d);
          }
        }
        case "default_email_sender_id" -> u.setDefaultEmailSenderId(str(r));
        case "invited_by_user_id" -> u.setInvitedByUserId(str(r));
        case "is_access_approved" -> u.setIsAccessApproved(bool(r));
        case "is_org_admin" -> u.setIsOrgAdmin(bool(r));
        case "modified_at" -> u.setModifiedAt(date(r));
        case "name" -> u.setName(str(r));
        case "onboarding_required" -> u.setOnboardingRequired(bool(r));
        case "profile_picture" -> u.setProfilePicture(str(r));
        case "selected" -> u.setSelected(bool(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return u;
  }

  private static dev.tasksdk.stuut.model.TaskData stuutTaskData(JsonReader r) throws IOException {
    var d = new dev.tasksdk.stuut.model.TaskData();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "object" -> d.setObject(str(r));
        case "source" -> d.setSource(str(r));
        case "task_id" -> d.setTaskId(str(r));
        case "type" -> d.setType(str(r));
        case "id" -> d.setId(str(r));
        case "created_at" -> d.setCreatedAt(date(r));
        case "data" -> d.setData(ANY.read(r));
        case "modified_at" -> d.setModifiedAt(date(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return d;
  }

  private static dev.tasksdk.stuut.model.Event stuutEvent(JsonReader r) throws IOException {
    if (nullValue(r)) {
      return null;
    }
    var e = new dev.tasksdk.stuut.model.Event();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "name" -> e.setName(str(r));
        case "object" -> e.setObject(str(r));
        case "id" -> e.setId(str(r));
        case "actor_id" -> e.setActorId(str(r));
        case "created_at" -> e.setCreatedAt(date(r));
        case "data" -> e.setData(ANY.read(r));
        case "entity" -> e.setEntity(ANY.read(r));
        case "entity_id" -> e.setEntityId(str(r));
        case "message" -> e.setMessage(str(r));
        case "modified_at" -> e.setModifiedAt(date(r));
        case "timestamp" -> e.setTimestamp(date(r));
        default -> r.skipValue();
      }
    }
    r.endObject();
    return e;
  }

  // ---- Vambe: a bare array of tasks -----------------------------------------------------------

  /** A Vambe page. */
  public static List<dev.tasksdk.vambe.model.Task> vambePage(JsonReader r) throws IOException {
    List<dev.tasksdk.vambe.model.Task> out = array(r, HandParsers::vambeTask);
    return out;
  }

  private static dev.tasksdk.vambe.model.Task vambeTask(JsonReader r) throws IOException {
    var t = new dev.tasksdk.vambe.model.Task();
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "id" -> t.setId(str(r));
        case "title" -> t.setTitle(str(r));
        case "description" -> t.setDescription(str(r));
        case "due_timezone" -> t.setDueTimezone(str(r));
        case "due_at" -> t.setDueAt(date(r));
        case "is_all_day" -> t.setIsAllDay(bool(r));
        case "created_at" -> t.setCreatedAt(date(r));
        case "ai_contact_id" -> t.setAiContactId(str(r));
        case "ai_customer_id" -> t.setAiCustomerId(str(r));
        case "task_status_config_id" -> t.setTaskStatusConfigId(str(r));
        case "priority" -> t.setPriority(str(r));
        case "creator_id" -> t.setCreatorId(str(r));
        case "task_responsibles" -> {
          if (nullValue(r)) {
            t.setTaskResponsibles(null);
          } else {
            List<dev.tasksdk.vambe.model.TaskResponsible> rs = new ArrayList<>();
            r.beginArray();
            while (r.hasNext()) {
              var tr = new dev.tasksdk.vambe.model.TaskResponsible();
              r.beginObject();
              while (r.hasNext()) {
                if (r.nextName().equals("responsible_id")) {
                  tr.setResponsibleId(str(r));
                } else {
                  r.skipValue();
                }
              }
              r.endObject();
              rs.add(tr);
            }
            r.endArray();
            t.setTaskResponsibles(rs);
          }
        }
        case "status_config" -> {
          if (nullValue(r)) {
            t.setStatusConfig(null);
          } else {
            var s = new dev.tasksdk.vambe.model.StatusConfig();
            r.beginObject();
            while (r.hasNext()) {
              switch (r.nextName()) {
                case "id" -> s.setId(str(r));
                case "name" -> s.setName(str(r));
                case "color" -> s.setColor(str(r));
                case "type" -> s.setType(str(r));
                case "order" -> s.setOrder(dbl(r));
                default -> r.skipValue();
              }
            }
            r.endObject();
            t.setStatusConfig(s);
          }
        }
        default -> r.skipValue();
      }
    }
    r.endObject();
    return t;
  }

  // ---- values ---------------------------------------------------------------------------------

  private static boolean nullValue(JsonReader r) throws IOException {
    if (r.peek() == JsonToken.NULL) {
      r.nextNull();
      return true;
    }
    return false;
  }

  private static String str(JsonReader r) throws IOException {
    return nullValue(r) ? null : r.nextString();
  }

  private static OffsetDateTime date(JsonReader r) throws IOException {
    return nullValue(r) ? null : OffsetDateTime.parse(r.nextString());
  }

  private static Boolean bool(JsonReader r) throws IOException {
    return nullValue(r) ? null : r.nextBoolean();
  }

  private static Integer integer(JsonReader r) throws IOException {
    return nullValue(r) ? null : r.nextInt();
  }

  private static Double dbl(JsonReader r) throws IOException {
    return nullValue(r) ? null : r.nextDouble();
  }

  /** Reads one JSON value of an array. */
  @FunctionalInterface
  interface Element<T> {
    T read(JsonReader r) throws IOException;
  }

  /** Reads a JSON array, element by element. */
  static <T> List<T> array(JsonReader r, Element<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    r.beginArray();
    while (r.hasNext()) {
      out.add(element.read(r));
    }
    r.endArray();
    return out;
  }
}
