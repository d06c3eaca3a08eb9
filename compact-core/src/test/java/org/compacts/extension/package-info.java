/**
 * A worked example of a new rule kind and the event it reads, as the README's extension
 * section shows: "a funding decision within 20 working days of a complete application". Each
 * value type carries the project's {@code @CompactStyle} itself, as a user's would.
 */
package org.compacts.extension;
