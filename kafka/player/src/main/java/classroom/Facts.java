package classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * What the player saw, one JSON object per line, each with `t`: milliseconds since the class started. Several
 * threads (and member processes) write here; a line is written whole.
 */
public final class Facts {
  public static final ObjectMapper JSON = new ObjectMapper();
  private final PrintStream out;
  private volatile long startMs;

  public Facts(PrintStream out, long startMs) {
    this.out = out;
    this.startMs = startMs;
  }

  public void startAt(long startMs) {
    this.startMs = startMs;
  }

  public long now() {
    return System.currentTimeMillis() - startMs;
  }

  public ObjectNode fact(String type) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("t", now());
    return n;
  }

  public synchronized void write(ObjectNode fact) {
    out.println(fact.toString());
    out.flush();
  }

  /** A line that arrived already written (from a member process). */
  public synchronized void writeRaw(String line) {
    out.println(line);
    out.flush();
  }
}
