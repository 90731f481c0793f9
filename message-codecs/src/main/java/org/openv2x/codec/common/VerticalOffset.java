package org.openv2x.codec.common;

/**
 * VerticalOffset (DefPositionOffset): a CHOICE of 7 alternatives, not extensible: {@code
 * offset1..offset6} are offsets of 7 to 12 bits (the minimum value of each means unavailable);
 * {@code elevation} is an absolute Elevation (-4096 = unknown). All in 0.1 m.
 *
 * @param kind the CHOICE alternative
 * @param valueDm the offset or elevation, 0.1 m
 */
public record VerticalOffset(Kind kind, int valueDm) {

  /** The alternatives, in root order, with their ranges. */
  public enum Kind {
    OFFSET1("offset1", -64, 63),
    OFFSET2("offset2", -128, 127),
    OFFSET3("offset3", -256, 255),
    OFFSET4("offset4", -512, 511),
    OFFSET5("offset5", -1024, 1023),
    OFFSET6("offset6", -2048, 2047),
    ELEVATION("elevation", Position3D.ELEVATION_MIN, Position3D.ELEVATION_MAX);

    private final String asnName;
    private final int min;
    private final int max;

    Kind(String asnName, int min, int max) {
      this.asnName = asnName;
      this.min = min;
      this.max = max;
    }

    public String asnName() {
      return asnName;
    }

    public int min() {
      return min;
    }

    public int max() {
      return max;
    }
  }

  public VerticalOffset {
    Check.notNull(kind, "kind");
    Check.range(valueDm, kind.min(), kind.max(), kind.asnName());
  }
}
