package io.contractcheck.sample.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves the chat page: a fixed set of files read from the class path at start-up. */
public final class StaticPageHandler extends Handler.Abstract.NonBlocking {

  private record Page(String contentType, ByteBuffer body) {}

  private final Map<String, Page> pages;

  private StaticPageHandler(Map<String, Page> pages) {
    this.pages = pages;
  }

  /** The page at {@code /} and its script at {@code /app.js}. */
  public static StaticPageHandler chatPage() {
    return new StaticPageHandler(
        Map.of(
            "/", load("web/index.html", "text/html; charset=utf-8"),
            "/app.js", load("web/app.js", "text/javascript; charset=utf-8")));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Page page = pages.get(Request.getPathInContext(request));
    if (page == null || !HttpMethod.GET.is(request.getMethod())) {
      return false;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, page.body().slice(), callback);
    return true;
  }

  private static Page load(String resource, String contentType) {
    try (InputStream in = StaticPageHandler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Page(contentType, ByteBuffer.wrap(in.readAllBytes()).asReadOnlyBuffer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
