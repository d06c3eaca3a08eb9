/**
 * Quantified rules of a compact, the events they read and the findings they give.
 */
@CompactStyle
package org.compacts.rules;

import org.compacts.model.CompactStyle;
