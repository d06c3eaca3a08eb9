import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The floor of the cold-start timings: the least a JSON tool on the JVM does, a bare main that
 * builds a Jackson 3 {@code ObjectMapper} and reads a document as a tree. coldstart.sh compiles
 * it against compact.jar and runs it from that jar's classes, beside each command.
 */
public final class ColdStartFloor {
  private ColdStartFloor() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(Files.readAllBytes(Path.of(args[0])));
    System.out.println(tree.get("id").asString() + "\t" + tree.size());
  }
}
