package org.compacts.validation;

import jakarta.validation.MessageInterpolator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a constraint's message template from message bundles and the constraint's attributes
 * alone, without an expression language, so that the library's own validator works with any
 * Jakarta Validation provider and nothing else on the class path.
 */
final class PlainMessageInterpolator implements MessageInterpolator {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
  private static final List<String> BUNDLES =
      List.of("ValidationMessages", "org.hibernate.validator.ValidationMessages");

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ROOT);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    String message = template;
    // A bundle's message may name attributes in turn ("must be at least {value}").
    for (int pass = 0; pass < 3 && message.indexOf('{') >= 0; pass++) {
      Matcher m = PARAMETER.matcher(message);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), context, locale)));
      }
      m.appendTail(out);
      message = out.toString();
    }
    return message;
  }

  private static String resolve(String key, Context context, Locale locale) {
    Object attribute = context.getConstraintDescriptor().getAttributes().get(key);
    if (attribute != null) {
      return String.valueOf(attribute);
    }
    for (String bundle : BUNDLES) {
      String text = lookUp(bundle, key, locale);
      if (text != null) {
        return text;
      }
    }
    return "{" + key + "}";
  }

  /** The bundle's text for the key, or null when there is no such bundle or key. */
  private static String lookUp(String bundle, String key, Locale locale) {
    try {
      ResourceBundle messages = ResourceBundle.getBundle(bundle, locale);
      return messages.containsKey(key) ? messages.getString(key) : null;
    } catch (MissingResourceException noSuchBundle) {
      return null;   // the provider may ship no bundle of that name: try the next one
    }
  }
}
