/**
 * Validation of a compact: Jakarta constraints and the domain checks annotations cannot say,
 * reported together as {@link org.compacts.validation.Violation}s.
 */
@CompactStyle
package org.compacts.validation;

import org.compacts.model.CompactStyle;
