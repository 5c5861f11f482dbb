package dev.tasksdk.vambe;

/**
 * A task priority as Vambe takes it on create and update: the strings {@code "0"}, {@code "1"} and
 * {@code "2"}. Responses name the same levels {@code low}, {@code medium} and {@code high}.
 */
public enum Priority {
  /** {@code "0"}, shown as {@code low}. */
  LOW("0", "low"),
  /** {@code "1"}, shown as {@code medium}. */
  MEDIUM("1", "medium"),
  /** {@code "2"}, shown as {@code high}. */
  HIGH("2", "high");

  private final String wireValue;
  private final String responseWord;

  Priority(String wireValue, String responseWord) {
    this.wireValue = wireValue;
    this.responseWord = responseWord;
  }

  /** The value sent in requests: {@code "0"}, {@code "1"} or {@code "2"}. */
  public String wireValue() {
    return wireValue;
  }

  /** The word responses use for this level: {@code low}, {@code medium} or {@code high}. */
  public String responseWord() {
    return responseWord;
  }
}
