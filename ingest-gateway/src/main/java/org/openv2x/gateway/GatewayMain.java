package org.openv2x.gateway;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openv2x.gateway.config.ConfigException;
import org.openv2x.gateway.config.GatewayConfig;

/**
 * Runs a gateway in the foreground until SIGTERM/Ctrl-C: {@code [--config FILE] [--kafka
 * host:port,...] [--data DIR] [key=value ...]}. Prints {@code gateway: ready tcp=<port> udp=<port>
 * http=<port>} on stdout when it takes traffic. Exit codes: 0 stopped, 2 bad arguments or
 * configuration, 1 failed to start. ({@code ./v2x gateway} is the same with picocli's help.)
 */
public final class GatewayMain {
  private GatewayMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("chronicle.analytics.disable", "true");
    Path configFile = null;
    String kafka = null;
    Path data = null;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--config" -> configFile = Path.of(value(args, ++i, arg));
        case "--kafka" -> kafka = value(args, ++i, arg);
        case "--data" -> data = Path.of(value(args, ++i, arg));
        default -> {
          int eq = arg.indexOf('=');
          if (eq <= 0) {
            System.err.println("gateway: unexpected argument '" + arg + "'");
            System.exit(2);
          }
          overrides.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
      }
    }
    GatewayConfig config;
    try {
      config = Gateway.configure(configFile, kafka, data, overrides);
    } catch (ConfigException e) {
      System.err.println("gateway: bad configuration: " + e.getMessage());
      System.exit(2);
      return;
    }
    run(config);
  }

  /** Starts the gateway, prints the ready line, and blocks until the JVM is asked to stop. */
  public static void run(GatewayConfig config) throws InterruptedException {
    Gateway gateway;
    try {
      gateway = Gateway.start(config);
    } catch (Exception e) {
      System.err.println("gateway: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    gateway.serveUntilShutdown(
        line -> {
          System.out.println(line);
          System.out.flush();
        });
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      System.err.println("gateway: " + flag + " needs a value");
      System.exit(2);
    }
    return args[index];
  }
}
