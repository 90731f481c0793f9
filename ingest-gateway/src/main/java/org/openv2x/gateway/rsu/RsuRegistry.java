package org.openv2x.gateway.rsu;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2x.gateway.config.RsuAddress;

/**
 * The RSUs this gateway knows ({@code rsu.<id>.addresses}): their ids, and the source addresses
 * their UDP datagrams come from (an exact {@code ip:port}, or any port of an {@code ip}).
 */
public final class RsuRegistry {
  private final Set<String> ids;
  private final Map<InetSocketAddress, String> byAddressAndPort = new HashMap<>();
  private final Map<InetAddress, String> byAddress = new HashMap<>();

  public RsuRegistry(Map<String, List<String>> addressesById) {
    this.ids = Set.copyOf(addressesById.keySet());
    addressesById.forEach(
        (id, addresses) -> {
          for (String text : addresses) {
            RsuAddress address = RsuAddress.parse(text);
            if (address.port() == 0) {
              byAddress.put(address.address(), id);
            } else {
              byAddressAndPort.put(new InetSocketAddress(address.address(), address.port()), id);
            }
          }
        });
  }

  /** Whether an RSU id is registered. */
  public boolean isKnown(String rsuId) {
    return ids.contains(rsuId);
  }

  /** The RSU a datagram from this address comes from, or null. */
  public String lookup(InetSocketAddress sender) {
    String id = byAddressAndPort.get(sender);
    return id != null ? id : byAddress.get(sender.getAddress());
  }

  public int size() {
    return ids.size();
  }
}
