package org.compacts.extension;

import java.time.LocalDate;
import java.util.Optional;
import org.compacts.model.CompactStyle;
import org.compacts.model.Sector;
import org.compacts.rules.Event;
import org.immutables.value.Value;

/** An application for funding: to which sector's funder, when it was complete, when decided. */
@CompactStyle
@Value.Immutable
abstract class AbstractFundingApplication implements Event {
  public static final String TYPE = "funding-application";

  /** The sector of the funder that decides. */
  public abstract Sector getDecidedBy();

  /** The day the application was complete. */
  public abstract LocalDate getCompleteOn();

  /** The day the funder decided, if it has. */
  public abstract Optional<LocalDate> getDecidedOn();

  @Override
  public String type() {
    return TYPE;
  }
}
