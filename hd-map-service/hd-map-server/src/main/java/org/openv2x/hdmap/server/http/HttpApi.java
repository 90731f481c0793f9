package org.openv2x.hdmap.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openv2x.hdmap.server.HdMapConfig;
import org.openv2x.hdmap.server.MapService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map service's HTTP API on Javalin: the routes listed in {@link #routes()} and described in
 * the OpenAPI document {@code /api/v1/openapi.yaml}. Answers are JSON in UTF-8; errors are {@code
 * {"error": ...}} with 400 (naming the bad parameter), 404, 405, 413, 422 or 500. Every request is
 * counted in {@code hdmap_http_requests_total{route,status}}.
 */
public final class HttpApi implements AutoCloseable {
  /** A route: HTTP method and path template ({@code {name}} marks a path parameter). */
  public record Route(String method, String path) {}

  /** The OpenAPI document, a resource next to this class. */
  static final String OPENAPI_RESOURCE = "openapi.yaml";

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
  private static final String ROUTE_ATTRIBUTE = "hdmap.route";
  private static final String UNMATCHED = "unmatched";

  private final Javalin app;
  private final List<Route> routes;

  private HttpApi(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = List.copyOf(routes);
  }

  /**
   * Starts the API as the configuration says: {@code http.bind-address}, {@code http.port} (0: any
   * free port) and {@code http.max-import-bytes}.
   */
  public static HttpApi start(
      HdMapConfig config, MapService service, PrometheusMeterRegistry registry) {
    return start(
        config.get(HdMapConfig.HTTP_BIND_ADDRESS),
        config.get(HdMapConfig.HTTP_PORT),
        config.get(HdMapConfig.HTTP_MAX_IMPORT_BYTES),
        service,
        registry);
  }

  /**
   * Starts the API on {@code bindAddress:port} (port 0: any free port).
   *
   * @param maxImportBytes the largest body {@code POST /api/v1/import} accepts (413 above)
   */
  public static HttpApi start(
      String bindAddress,
      int port,
      long maxImportBytes,
      MapService service,
      PrometheusMeterRegistry registry) {
    if (maxImportBytes < 1) {
      throw new IllegalArgumentException("maxImportBytes must be positive, is " + maxImportBytes);
    }
    byte[] openApi = openApiDocument();
    MapRoutes map = new MapRoutes(service);
    ImportRoute importer = new ImportRoute(service, maxImportBytes);
    List<Route> routes = new ArrayList<>();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = maxImportBytes;
              cfg.http.prefer405over404 = true;
              cfg.jetty.host = bindAddress;
              cfg.jetty.port = port;
              Registrar add =
                  (method, path, handler) -> {
                    routes.add(new Route(method.name(), path));
                    cfg.routes.addHttpHandler(
                        method,
                        path,
                        ctx -> {
                          ctx.attribute(ROUTE_ATTRIBUTE, path);
                          handler.handle(ctx);
                        });
                  };
              add.route(HandlerType.GET, "/api/v1/intersections", map::intersections);
              add.route(HandlerType.GET, "/api/v1/intersections/{id}", map::intersection);
              add.route(HandlerType.GET, "/api/v1/intersections/{id}/versions", map::versions);
              add.route(HandlerType.GET, "/api/v1/lanes/{laneKey}", map::lane);
              add.route(HandlerType.GET, "/api/v1/geojson", map::geoJson);
              add.route(HandlerType.GET, "/api/v1/match", map::match);
              add.route(HandlerType.POST, "/api/v1/import", importer::handle);
              add.route(
                  HandlerType.GET,
                  "/api/v1/openapi.yaml",
                  ctx -> ctx.contentType(Responses.YAML).result(openApi));
              add.route(HandlerType.GET, "/health", ctx -> Responses.ok(ctx, health(service)));
              add.route(
                  HandlerType.GET,
                  "/metrics",
                  ctx -> ctx.contentType(Responses.PROMETHEUS).result(registry.scrape()));
              cfg.routes.exception(HttpProblem.class, (e, ctx) -> Responses.error(ctx, e));
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      Responses.json(
                          ctx, e.getStatus(), unmatched(e, ctx.method().name(), ctx.path())));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    Responses.json(ctx, 500, Responses.error("internal error, see the server log"));
                  });
              cfg.requestLogger.http(
                  (ctx, ms) -> {
                    String route = ctx.attribute(ROUTE_ATTRIBUTE);
                    Counter.builder("hdmap.http.requests")
                        .description("HTTP requests by route template and status")
                        .tag("route", route == null ? UNMATCHED : route)
                        .tag("status", Integer.toString(ctx.statusCode()))
                        .register(registry)
                        .increment();
                  });
            });
    app.start();
    LOG.info("HTTP API listening on {}:{}", bindAddress, app.port());
    return new HttpApi(app, routes);
  }

  /** The port the API listens on (the one chosen when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Every route the API serves, in the order declared. */
  public List<Route> routes() {
    return routes;
  }

  /** Stops the server: requests in flight finish, new connections are refused. */
  @Override
  public void close() {
    app.stop();
  }

  private static ObjectNode health(MapService service) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", "UP");
    body.put("intersections", service.all().size());
    return body;
  }

  private static ObjectNode unmatched(HttpResponseException e, String method, String path) {
    String message =
        switch (e.getStatus()) {
          case 404 -> "no route " + path + "; the routes are in /api/v1/openapi.yaml";
          case 405 -> "method " + method + " is not allowed on " + path;
          default -> e.getMessage();
        };
    return Responses.error(message);
  }

  private static byte[] openApiDocument() {
    try (InputStream in = HttpApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + OPENAPI_RESOURCE + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Registrar {
    void route(HandlerType method, String path, Handler handler);
  }
}
