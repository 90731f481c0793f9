package org.openv2x.gateway.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} (Prometheus text format) and {@code GET /health} (JSON; 200 while the
 * gateway takes traffic, 503 while its journal is full or it is stopping, for load balancers).
 */
public final class HttpEndpoint implements AutoCloseable {

  /** What {@code /health} reports. */
  public record Health(boolean accepting, String json) {}

  private final HttpServer server;
  private final ExecutorService executor;

  public HttpEndpoint(String host, int port, GatewayMetrics metrics, Supplier<Health> health)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    executor =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "gateway-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext(
        "/metrics",
        exchange -> {
          if (!allowGet(exchange)) {
            return;
          }
          respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        });
    server.createContext(
        "/health",
        exchange -> {
          if (!allowGet(exchange)) {
            return;
          }
          Health now = health.get();
          respond(exchange, now.accepting() ? 200 : 503, "application/json", now.json());
        });
    server.createContext(
        "/",
        exchange ->
            respond(
                exchange,
                404,
                "application/json",
                "{\"error\":\"not found: "
                    + escape(exchange.getRequestURI().getPath())
                    + "; try /metrics or /health\"}"));
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static boolean allowGet(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    exchange.getResponseHeaders().add("Allow", "GET, HEAD");
    respond(
        exchange,
        405,
        "application/json",
        "{\"error\":\"method " + escape(method) + " not allowed; use GET\"}");
    return false;
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
