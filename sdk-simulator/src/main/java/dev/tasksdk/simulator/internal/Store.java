package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of one simulator: its tasks in wire format (in creation order), the ids deleted softly
 * and the id sequence. Serialises to JSON so the CLI can keep it between commands.
 */
public final class Store {
  final Map<String, JsonObject> tasks = new LinkedHashMap<>();
  final Set<String> deleted = new LinkedHashSet<>();
  long sequence;

  /** The state as a JSON object: {@code {"sequence": n, "tasks": [...], "deleted": [...]}}. */
  public JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.addProperty("sequence", sequence);
    JsonArray t = new JsonArray();
    tasks.values().forEach(v -> t.add(v.deepCopy()));
    o.add("tasks", t);
    JsonArray d = new JsonArray();
    deleted.forEach(d::add);
    o.add("deleted", d);
    return o;
  }

  void load(JsonObject o, Behaviour b) {
    tasks.clear();
    deleted.clear();
    sequence = o.has("sequence") ? o.get("sequence").getAsLong() : 0;
    if (o.has("tasks")) {
      for (JsonElement e : o.getAsJsonArray("tasks")) {
        JsonObject task = e.getAsJsonObject();
        tasks.put(b.idOf(task), task);
      }
    }
    if (o.has("deleted")) {
      o.getAsJsonArray("deleted").forEach(e -> deleted.add(e.getAsString()));
    }
  }
}
