import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.compacts.cli.CompactCommand;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.compacts.validation.CompactValidator;
import picocli.CommandLine;

/**
 * A wall-clock trace of the phases of the tool's start-up, in one JVM, in the order given:
 * {@code java -cp compact.jar:DIR ColdStartPhases DOC EVENT picocli samples mapper ...}. Each
 * phase's time includes the classes it is the first to load, so the order matters.
 */
public final class ColdStartPhases {
  private ColdStartPhases() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path doc = Path.of(args[0]);
    Path event = Path.of(args[1]);
    List<Object> keep = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 2; i < args.length; i++) {
      long t = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      keep.add(phase(args[i], doc, event));
      out.append(String.format("%-10s %7.1f ms wall %7.1f ms cpu%n", args[i],
          (System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
    }
    out.append(String.format("%-10s %6.1f ms (since main; JVM up %d ms)%n", "total",
        (System.nanoTime() - start) / 1e6,
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
    System.out.print(out);
    System.out.println(keep.size());
  }

  private static Object phase(String name, Path doc, Path event) throws Exception {
    switch (name) {
      case "picocli": return new CommandLine(new CompactCommand());
      case "samples": return SampleCompacts.all();
      case "sample": return SampleCompacts.leicestershire();
      case "logging": return java.util.logging.Logger.getLogger("org.hibernate.validator");
      case "mapper": return CompactJson.create().mapper();
      case "read": return CompactJson.create().readUnvalidated(java.nio.file.Files.readAllBytes(doc));
      case "readvalid": return CompactJson.create().read(doc);
      case "validate": return CompactValidator.create().validate(SampleCompacts.leicestershire());
      case "hibernate": return jakarta.validation.Validation
          .byProvider(org.hibernate.validator.HibernateValidator.class).configure()
          .messageInterpolator(
              new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator();
      case "events": return CompactJson.create().readEvents(event);
      case "prepare": return RuleEvaluator.create().prepare(SampleCompacts.leicestershire());
      case "check": {
        List<Event> events = CompactJson.create().readEvents(event);
        return RuleEvaluator.create().prepare(SampleCompacts.leicestershire())
            .checkAll(events, LocalDate.of(2025, 1, 31));
      }
      case "write": return CompactJson.create().write(SampleCompacts.leicestershire());
      case "findings": {
        List<Event> events = CompactJson.create().readEvents(event);
        return CompactJson.create().writeFindings(RuleEvaluator.create()
            .prepare(SampleCompacts.leicestershire()).checkAll(events, LocalDate.of(2025, 1, 31)));
      }
      case "schema": return CompactJson.create().compactSchema();
      default: throw new IllegalArgumentException(name);
    }
  }
}
