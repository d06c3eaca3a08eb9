/**
 * Time spans with units (including working days) and holiday calendars.
 */
@CompactStyle
package org.compacts.time;

import org.compacts.model.CompactStyle;
