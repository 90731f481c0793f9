package org.openv2x.gateway;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.openv2x.codec.RecordKeys;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

/**
 * BSMs that differ only in their vehicle id, so that every message of a test can be found again in
 * Kafka by its key: message {@code n} has vehicle id {@code base + n}.
 */
final class UniqueBsms {
  private final BasicSafetyMessage template;
  private final UperCodec codec = new UperCodec();
  private final Constructor<?> constructor;
  private final RecordComponent[] components;

  UniqueBsms() throws Exception {
    template = (BasicSafetyMessage) new UperCodec().decode(TestVectors.vector("bsm-02-car-full"));
    components = BasicSafetyMessage.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    constructor = BasicSafetyMessage.class.getDeclaredConstructor(types);
  }

  /** The UPER bytes of the BSM with vehicle id {@code id}. */
  byte[] encode(long id) throws Exception {
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] =
          components[i].getName().equals("id") ? id : components[i].getAccessor().invoke(template);
    }
    return codec.encode((BasicSafetyMessage) constructor.newInstance(values));
  }

  static String key(long id) {
    return RecordKeys.vehicleKey(id);
  }
}
