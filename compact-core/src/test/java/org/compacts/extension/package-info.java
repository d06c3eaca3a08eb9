/**
 * A worked example of a new rule kind and the event it reads, as the README's extension
 * section shows: "a funding decision within 20 working days of a complete application".
 */
@CompactStyle
package org.compacts.extension;

import org.compacts.model.CompactStyle;
