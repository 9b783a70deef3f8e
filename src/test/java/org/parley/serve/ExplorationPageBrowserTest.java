package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.query.SampleStore;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * The exploration page and the SPARQL editor in a real browser: Debian's headless Chromium, driven through Debian's
 * chromedriver, over a server of the sample articles. Screenshots go to target/screenshots.
 */
class ExplorationPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParleyServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void serveTheSamples() throws InterruptedException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver, as .ci/run does");
        }
        store = SampleStore.create(dir.resolve("store"));
        server = ParleyServer.start(store, ServerSettings.of("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        // The flags keep Chromium off the network (this machine has none) and out of any profile but a new one.
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,2000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws IOException {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    @Test
    void searchingPutinShowsHisNetworkMonthsAndEvidence() {
        browser.get(server.baseUrl());
        wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.findElement(By.id("search")).sendKeys("Putin");
        WebElement suggestion = wait.until(b -> b.findElements(By.cssSelector("#suggestions li")).stream()
                .filter(li -> li.getText().startsWith("Vladimir Putin")).findFirst().orElse(null));
        suggestion.click();

        wait.until(b -> svgText("network").containsAll(List.of("Li Shangfu", "Sergei Shoigu", "Xi Jinping")));
        assertTrue(svgText("network").contains("Vladimir Putin"), svgText("network").toString());
        wait.until(b -> svgText("chart").contains("2023-04"));
        assertTrue(browser.findElement(By.id("chart")).getDomAttribute("aria-label").contains("2023-04 1 Meeting"),
                browser.findElement(By.id("chart")).getDomAttribute("aria-label"));
        String events = browser.findElement(By.id("events")).getText();
        assertTrue(events.contains("Russian President Vladimir Putin met with Chinese State Councilor and Minister of "
                + "National Defense Li Shangfu here on Sunday."), events);
        assertTrue(browser.getCurrentUrl().contains("person=https"), "the selection is in the URL to share it");
        WebElement eventLink = browser.findElement(By.cssSelector("#events > li a[href^='/id/event/']"));
        assertTrue(eventLink.getDomAttribute("href").startsWith("/id/event/"));
    }

    @Test
    void theMapShowsThePlacesThatHaveCoordinates() {
        // As the world place gazetteer gives them (WGS84 here; a GeoSPARQL point works the same), in a graph of its own.
        Node moscow = NodeFactory.createURI(Parley.ID + "place/moscow");
        Node places = NodeFactory.createURI(Parley.ID + "graph/test-places");
        Txn.executeWrite(store.datasetGraph(), () -> {
            store.datasetGraph().add(places, moscow, NodeFactory.createURI(WGS84 + "lat"),
                    NodeFactory.createLiteralDT("55.7558", XSDDatatype.XSDdecimal));
            store.datasetGraph().add(places, moscow, NodeFactory.createURI(WGS84 + "long"),
                    NodeFactory.createLiteralDT("37.6173", XSDDatatype.XSDdecimal));
        });
        try {
            browser.get(server.baseUrl() + "#person=" + Parley.ID.replace(":", "%3A").replace("/", "%2F")
                    + "person%2Fvladimir-putin");
            wait.until(b -> svgText("map").contains("Moscow"));
            assertTrue(browser.findElement(By.id("map")).getDomAttribute("aria-label").contains("Moscow (1)"));
        } finally {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(places));
        }
    }

    @Test
    void twoCountriesShowTheContactsBetweenThem() {
        browser.get(server.baseUrl());
        wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        for (String country : List.of("Russia", "china")) {
            browser.findElement(By.id("search")).sendKeys(country);
            wait.until(b -> b.findElements(By.cssSelector("#suggestions li")).stream()
                    .anyMatch(li -> li.getText().contains("Country")));
            browser.findElement(By.id("search")).sendKeys("\n");
        }
        wait.until(b -> b.findElement(By.id("summary")).getText().startsWith("3 contacts"));
        assertTrue(browser.findElement(By.id("selection")).getText().contains("Contacts between"));
        assertTrue(svgText("network").contains("Li Shangfu"), svgText("network").toString());
    }

    @Test
    void theSparqlEditorHasParleysPrefixesAndTheNamedQueries() {
        browser.get(server.editorUrl());
        wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertTrue(editorText().contains("PREFIX parley: <https://w3id.org/parley/ns#>"), editorText());
        browser.findElements(By.cssSelector("#examples button")).stream()
                .filter(b -> b.getText().equals("bilateral-contacts-per-month")).findFirst().orElseThrow().click();
        wait.until(b -> editorText().contains("<https://w3id.org/parley/id/country/RUS>"));
        assertTrue(editorText().contains("bilateral-contacts-per-month.rq"), editorText());
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        wait.until(b -> b.findElements(By.cssSelector(".tabPanel.active .yasr table td")).stream()
                .anyMatch(td -> td.getText().contains("2023-04")));
        assertEquals("Apache Jena Fuseki UI", fusekiUiTitle());
    }

    private String fusekiUiTitle() {
        browser.get(server.baseUrl() + "fuseki/");
        return browser.getTitle();
    }

    /** The text of the editor in the active tab. */
    private String editorText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const cm = document.querySelector('.tabPanel.active .CodeMirror'); return cm ? cm.CodeMirror.getValue() : '';");
    }

    /** The texts of the SVG the chart library drew in the element. */
    @SuppressWarnings("unchecked")
    private List<String> svgText(String id) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#' + arguments[0] + ' svg text')].map(t => t.textContent);", id);
    }
}
