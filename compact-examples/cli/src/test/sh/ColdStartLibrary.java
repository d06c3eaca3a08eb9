import java.nio.file.Path;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.rules.Event;

/**
 * What the library alone costs a cold JVM, without the tool: a bare main that reads the events
 * {@code check} reads, strictly and validated, through {@link CompactJson}. coldstart.sh runs it
 * beside the floor, as a bound on what {@code check} can reach while it reads through the
 * library.
 */
public final class ColdStartLibrary {
  private ColdStartLibrary() {}

  public static void main(String[] args) throws Exception {
    List<Event> events = CompactJson.create().readEvents(Path.of(args[0]));
    System.out.println(events.size() + "\t" + events.get(0).type());
  }
}
