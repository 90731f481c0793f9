package org.openv2x.codec.common;

/**
 * PositionOffsetLL (DefPositionOffset): a horizontal offset from a reference position, a CHOICE of
 * 7 alternatives, not extensible. The six {@code position-LLn} alternatives hold an offset pair of
 * increasing width; {@code position-LatLon} holds an absolute position. Longitude comes first.
 *
 * @param kind the CHOICE alternative
 * @param lonE7Deg longitude offset (or absolute longitude for {@link Kind#LAT_LON}), 1e-7 degree
 * @param latE7Deg latitude offset (or absolute latitude for {@link Kind#LAT_LON}), 1e-7 degree
 */
public record PositionOffsetLl(Kind kind, int lonE7Deg, int latE7Deg) {

  /** The alternatives, in root order, with the range of their two members. */
  public enum Kind {
    LL1("position-LL1", 12),
    LL2("position-LL2", 14),
    LL3("position-LL3", 16),
    LL4("position-LL4", 18),
    LL5("position-LL5", 22),
    LL6("position-LL6", 24),
    LAT_LON("position-LatLon", 0);

    private final String asnName;
    private final int offsetBits;

    Kind(String asnName, int offsetBits) {
      this.asnName = asnName;
      this.offsetBits = offsetBits;
    }

    public String asnName() {
      return asnName;
    }

    /** Smallest longitude value of this alternative. */
    public int lonMin() {
      return offsetBits == 0 ? Position3D.LON_MIN : -(1 << (offsetBits - 1));
    }

    public int lonMax() {
      return offsetBits == 0 ? Position3D.LON_MAX : (1 << (offsetBits - 1)) - 1;
    }

    public int latMin() {
      return offsetBits == 0 ? Position3D.LAT_MIN : -(1 << (offsetBits - 1));
    }

    public int latMax() {
      return offsetBits == 0 ? Position3D.LAT_MAX : (1 << (offsetBits - 1)) - 1;
    }
  }

  public PositionOffsetLl {
    Check.notNull(kind, "kind");
    Check.range(lonE7Deg, kind.lonMin(), kind.lonMax(), "lon");
    Check.range(latE7Deg, kind.latMin(), kind.latMax(), "lat");
  }
}
