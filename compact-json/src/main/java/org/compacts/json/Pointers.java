package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the element paths of model violations ({@code undertakings[3].codesOfPractice[0]})
 * into JSON Pointers ({@code /undertakings/3/codesOfPractice/0}), renaming the attributes whose
 * JSON name differs ({@code period.firstYear} is {@code /period/from}).
 */
final class Pointers {
  /** Model attribute name to JSON name, where they differ; read from the builder mix-ins. */
  private static final Map<String, String> RENAMED = renamed();

  private Pointers() {}

  static String fromPath(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        end = end < 0 ? path.length() : end;
        out.append('/').append(path, i + 1, end);
        i = end + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        out.append('/').append(Texts.escapePointer(RENAMED.getOrDefault(name, name)));
        i = end;
      }
    }
    return out.toString();
  }

  private static Map<String, String> renamed() {
    Map<String, String> renamed = new HashMap<>();
    Stream.concat(ModelMixins.ALL.values().stream(), RuleMixins.ALL.values().stream())
        .flatMap(mixin -> Stream.of(mixin.getDeclaredMethods()))
        .filter(m -> m.getParameterCount() == 1)
        .forEach((Method m) -> {
          JsonProperty property = m.getAnnotation(JsonProperty.class);
          if (property != null && !property.value().equals(m.getName())) {
            renamed.put(m.getName(), property.value());
          }
        });
    return Map.copyOf(renamed);
  }
}
