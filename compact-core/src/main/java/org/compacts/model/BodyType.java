package org.compacts.model;

/** The type of body a party is. */
public enum BodyType {
  /** A county, city, district, borough, town or parish council. */
  LOCAL_AUTHORITY,
  /** An NHS body such as a clinical commissioning group. */
  NHS_BODY,
  /** A police force or police and crime commissioner. */
  POLICE,
  /** A fire and rescue service or authority. */
  FIRE_AND_RESCUE,
  /** A partnership of bodies, such as a local enterprise partnership. */
  PARTNERSHIP,
  /** A body representing businesses, such as a chamber of commerce. */
  BUSINESS_ASSOCIATION,
  /** An association of local councils. */
  ASSOCIATION_OF_COUNCILS,
  /** A body that supports the voluntary and community sector. */
  INFRASTRUCTURE_BODY,
  /** A voluntary or community organisation or social enterprise. */
  VOLUNTARY_ORGANISATION,
  /** Any other type of body. */
  OTHER
}
