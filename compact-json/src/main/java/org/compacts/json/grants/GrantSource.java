package org.compacts.json.grants;

import java.io.Closeable;

/** The grants of one file in one format, read one at a time into a reused holder. */
interface GrantSource extends Closeable {
  /**
   * Reads the next grant.
   *
   * @param raw the holder to fill
   * @return false at the end of the grants
   * @throws GrantFileException when the file is not 360Giving data or breaks off
   */
  boolean next(RawGrant raw);

  /** What the format calls the grant's fields. */
  Labels labels();
}
