package org.compacts.model;

import java.util.regex.Pattern;

/**
 * Ids in a compact are lower-case kebab-case slugs, such as {@code sandwell-compact-2019}.
 *
 * <pre>{@code
 * Slug.isSlug("stage-2");   // true
 * Slug.isSlug("Stage 2");   // false
 * }</pre>
 */
public final class Slug {
  /** The pattern every id matches. */
  public static final String REGEX = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private Slug() {}

  /**
   * Tells whether a text is a slug.
   *
   * @param text the text to test, may be null
   * @return true when the text is a non-null lower-case kebab-case slug
   */
  public static boolean isSlug(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }
}
