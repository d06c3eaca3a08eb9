package org.compacts.model;

/** Whether a code of practice is part of the compact or only referred to. */
public enum CodeInclusion {
  /** The code is printed in the compact. */
  INCLUDED,
  /** The code is only referred to. */
  REFERENCED
}
