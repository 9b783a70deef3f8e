package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The files of the web pages, from the jar: the exploration page at {@code /}, the SPARQL editor at
 * {@value #EDITOR}, their scripts and styles under {@value #ASSETS}, the JavaScript libraries they use (ECharts
 * from its WebJar, YASGUI vendored from npm) and the Fuseki UI at {@value #FUSEKI_UI}. Nothing is fetched from
 * another site, so the pages work offline.
 */
final class WebAssets extends HttpServlet {
    static final String FUSEKI_UI = "/fuseki/";
    static final String EDITOR = "/sparql-editor";
    static final String ASSETS = "/assets/";

    /** Where ECharts is inside its WebJar; the version is the WebJar's own. */
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/" + webJarVersion("echarts")
            + "/dist/echarts.min.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8", "geojson", "application/geo+json",
            "ico", "image/x-icon", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(FUSEKI_UI.substring(0, FUSEKI_UI.length() - 1))) {
            // The UI's own links are relative to its directory.
            response.sendRedirect(FUSEKI_UI);
            return;
        }
        String resource = resource(path);
        if (resource == null) {
            LinkedDataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
            return;
        }
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LinkedDataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
                return;
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            // Pages are small and change with the jar; libraries are large and versioned by the jar.
            response.setHeader("Cache-Control", extension.equals("html") ? "no-cache" : "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The classpath resource a path stands for; null for a path outside the served files (such as "..") */
    static String resource(String path) {
        if (path.contains("..") || path.contains("//") || !path.matches("[A-Za-z0-9._/@$-]*")) {
            return null;
        }
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return "web/index.html";
        }
        if (path.equals(EDITOR)) {
            return "web/sparql-editor.html";
        }
        if (path.equals(ASSETS + "vendor/echarts.min.js")) {
            return ECHARTS;
        }
        if (path.startsWith(ASSETS)) {
            return "web/" + path.substring(ASSETS.length());
        }
        if (path.equals(FUSEKI_UI)) {
            return "webapp/index.html";
        }
        if (path.startsWith(FUSEKI_UI)) {
            return "webapp/" + path.substring(FUSEKI_UI.length());
        }
        return null;
    }

    private static String webJarVersion(String artifact) {
        String pom = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
