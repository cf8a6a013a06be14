package org.suchi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium (Debian's chromium and chromium-driver): sign in, the review queue with the crop
 * loaded, a keyboard correction seen in the document view and in search, the search page with facets, a report, a
 * comparison chart's data points, and an upload whose job finishes. Screenshots at 1366×768 go to docs/.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    Fixture fx;
    Server server;
    ChromeDriver driver;
    WebDriverWait wait;
    String base;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        fx = Fixture.make(tmp);
        server = new Server(new Server.Options(fx.dir, List.of(fx.src), "127.0.0.1", 0, 100L << 20, Duration.ofMinutes(10)),
                new PrintStream(log, true, StandardCharsets.UTF_8)).start();
        base = "http://127.0.0.1:" + server.port();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions o = new ChromeOptions();
        for (String b : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(b))) {
                o.setBinary(b);
                break;
            }
        }
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,768",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")), "--lang=bn");
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // the page's viewport, not the window, is 1366×768 in the screenshots
        driver.get(base + "/openapi.json");
        long inner = ((Number) js("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, (int) (768 + 768 - inner)));
    }

    @AfterAll
    void stop() throws Exception {
        System.err.println(log.toString(StandardCharsets.UTF_8));
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    void shot(String name) throws Exception {
        Path docs = Fixture.samples().getParent().resolve("docs");
        Files.createDirectories(docs);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login?next=/review");
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Fixture.PASSWORD, Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().equals(base + "/review"));
    }

    int left() {
        return ((Number) js("return window.reviewStats ? document.querySelectorAll('#work:not([hidden])').length : 0")).intValue();
    }

    @Test
    @Order(1)
    void signInAndCorrectAValueInTheQueueWithTheKeyboard() throws Exception {
        driver.get(base + "/login");
        wait.until(d -> d.findElement(By.id("user")).isDisplayed());
        shot("web-login.png");
        driver.findElement(By.id("user")).sendKeys("rita");
        driver.findElement(By.id("password")).sendKeys("wrong password", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("msg")).getText().isBlank());
        signIn("rita");
        wait.until(d -> !d.findElements(By.id("field")).isEmpty() && !d.findElement(By.id("field")).getText().isBlank());
        // the most doubtful item is the memo date the cover letter lacks: no evidence box, so no crop, and it says so
        assertThat(driver.findElement(By.id("field")).getText()).isEqualTo("memo_date");
        assertThat(driver.findElement(By.id("crop")).getText()).contains("no evidence box");
        String total = driver.findElement(By.id("count")).getText();
        WebElement answer = driver.findElement(By.id("answer"));
        // Tab to the achievement of [1.1.1] in the first report
        for (int i = 0; i < 40 && !(driver.findElement(By.id("field")).getText().equals("achievement")
                && driver.findElement(By.id("indicator")).getText().equals("[1.1.1]")
                && driver.findElement(By.id("docpos")).getText().contains("sample-png-c")); i++) {
            answer.sendKeys(Keys.TAB);
        }
        assertThat(driver.findElement(By.id("field")).getText()).isEqualTo("achievement");
        assertThat(driver.findElement(By.id("read")).getText()).isEqualTo("2024-07-27");
        wait.until(d -> "1".equals(js("var c = document.getElementById('crop'); return c && c.dataset.loaded || ''")));
        // the crop really shows the scan: its image decoded
        assertThat(((Number) js("return document.querySelector('#crop img').naturalWidth")).intValue()).isGreaterThan(500);
        shot("web-review.png");
        // a value that is no date is refused with the reason, and stays
        answer.sendKeys("৩২/১৩/২০২৪", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("err")).getText().isBlank());
        assertThat(driver.findElement(By.id("err")).getText()).contains("achievement");
        answer.sendKeys(Keys.ESCAPE);
        answer.sendKeys("২০/০৩/২০২৫", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("count")).getText().equals(total)
                && !(d.findElement(By.id("field")).getText().equals("achievement") && d.findElement(By.id("indicator")).getText().equals("[1.1.1]")
                     && d.findElement(By.id("docpos")).getText().contains("sample-png-c")));
        // Enter on an empty box accepts the next item
        String before = driver.findElement(By.id("count")).getText();
        driver.findElement(By.id("answer")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("count")).getText().equals(before));
        // n moves to the other document
        String doc = driver.findElement(By.id("docpos")).getText();
        driver.findElement(By.id("answer")).sendKeys("n");
        wait.until(d -> !d.findElement(By.id("docpos")).getText().equals(doc));
        assertThat(driver.findElement(By.id("answer")).getAttribute("value")).isEmpty();

        JsonNode audit = auditOf(fx.shas.get(0));
        assertThat(audit.get(0).path("new").asText()).isEqualTo("2025-03-20");
        assertThat(audit.get(0).path("by").asText()).isEqualTo("rita");
    }

    JsonNode auditOf(String sha) throws Exception {
        Http h = new Http(server.port());
        h.login("ana", Fixture.PASSWORD);
        return h.get("/api/audit?sha256=" + sha).json();
    }

    @Test
    @Order(2)
    void theDocumentViewShowsTheCorrectedValueInItsBox() throws Exception {
        String sha = fx.shas.get(0);
        driver.get(base + "/doc?sha=" + sha + "&item=" + sha + "-0-achievement");
        wait.until(d -> ((Number) js("var i=document.querySelector('.page img'); return i && i.complete ? i.naturalWidth : 0")).intValue() > 0);
        List<WebElement> boxes = driver.findElements(By.cssSelector(".page .box"));
        assertThat(boxes.size()).isGreaterThan(30);
        WebElement reviewed = driver.findElement(By.cssSelector(".box[data-id='" + sha + "-0-achievement']"));
        assertThat(reviewed.getAttribute("class")).contains("reviewed");
        assertThat(driver.findElements(By.cssSelector(".box.lo"))).isNotEmpty();
        reviewed.click();
        wait.until(d -> d.findElement(By.id("sideValue")).getText().equals("2025-03-20"));
        assertThat(driver.findElement(By.id("side")).getText()).contains("rita");
        shot("web-document.png");
    }

    @Test
    @Order(3)
    void searchWithFacetsShowsTheReviewedValue() throws Exception {
        driver.get(base + "/search");
        WebElement q = wait.until(d -> d.findElement(By.id("q")));
        q.sendKeys("হালনাগাদ", Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        Http h = new Http(server.port());
        h.login("ana", Fixture.PASSWORD);
        JsonNode api = h.get("/api/search?limit=10&q=" + java.net.URLEncoder.encode("হালনাগাদ", StandardCharsets.UTF_8)).json();
        assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(api.path("hits").size());
        assertThat(driver.findElement(By.id("summary")).getText()).startsWith(api.path("total").asText() + " ");
        assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        shot("web-search.png");
        WebElement facet = driver.findElement(By.cssSelector(".facet a[data-dim='period'][data-value='Q3']"));
        String count = facet.findElement(By.cssSelector(".count")).getText();
        facet.click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith(count + " "));
        assertThat(driver.findElements(By.cssSelector(".hit .meta"))).allMatch(m -> m.getText().contains("Q3"));
        // the corrected row is marked reviewed in search
        driver.get(base + "/search?indicator=1.1.1&period=Q2");
        wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".hit")).getText()).contains("reviewed");
    }

    @Test
    @Order(4)
    void reportPage() throws Exception {
        driver.get(base + "/report?sha=" + fx.shas.get(0) + "#row-0");
        wait.until(d -> d.findElements(By.cssSelector("#table tbody tr")).size() == 7);
        assertThat(driver.findElement(By.id("row-0")).getText()).contains("2025-03-20").contains("reviewed");
        assertThat(driver.findElement(By.id("warnings")).getText()).contains("weights of area 5");
        driver.get(base + "/report?sha=" + fx.shas.get(0));
        wait.until(d -> d.findElements(By.cssSelector("#table tbody tr")).size() == 7);
        shot("web-report.png");
        // the page image carries the evidence boxes; a click on a row's box highlights that row of the table
        wait.until(d -> !d.findElements(By.cssSelector("#pages .page .box")).isEmpty());
        WebElement box = wait.until(d -> d.findElements(By.cssSelector("#pages .page .box")).stream()
                .filter(b -> b.getAttribute("data-id").contains("-2-")).findFirst().orElse(null));
        assertThat(driver.findElements(By.cssSelector("#pages .page img"))).hasSize(1);
        wait.until(d -> ((Number) js("return document.querySelector('#pages .page img').naturalWidth")).intValue() > 0);
        // the boxes are fractions of the image, so the page's frame is exactly the image (no stretched frame)
        assertThat(((Number) js("const p = document.querySelector('#pages .page'), i = p.querySelector('img');"
                + " return Math.abs(p.clientWidth - i.clientWidth) + Math.abs(p.clientHeight - i.clientHeight)")).intValue()).isLessThanOrEqualTo(1);
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        assertThat(driver.findElement(By.id("row-2")).getAttribute("class")).contains("hl");
        assertThat(driver.findElement(By.id("row-0")).getAttribute("class")).doesNotContain("hl");
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        shot("web-report-boxes.png");
        // at a phone's width the page fits: nothing wider than the viewport but the table's own scroller
        org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
        try {
            long inner = ((Number) js("return window.innerHeight")).longValue();
            long innerW = ((Number) js("return window.innerWidth")).longValue();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    (int) (390 + wide.getWidth() - innerW), (int) (844 + wide.getHeight() - inner)));
            driver.get(base + "/report?sha=" + fx.shas.get(0));
            wait.until(d -> d.findElements(By.cssSelector("#table tbody tr")).size() == 7);
            assertThat(((Number) js("return window.innerWidth")).longValue()).isEqualTo(390);
            assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(390);
            shot("web-report-phone.png");
            for (String page : List.of("/search?q=ই-নথি", "/compare?indicator=2.1.1", "/upload", "/review", "/doc?sha=" + fx.shas.get(0))) {
                driver.get(base + page);
                wait.until(d -> "complete".equals(js("return document.readyState")) && !d.findElements(By.cssSelector("header.top nav")).isEmpty());
                Thread.sleep(500); // the page's own fetches
                assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).as(page).isLessThanOrEqualTo(390);
            }
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void comparisonChartHasTheDataPointsOfTheLines() throws Exception {
        driver.get(base + "/compare?indicator=2.1.1");
        wait.until(d -> js("return window.compareData") != null);
        java.util.Map<String, Object> data = (java.util.Map<String, Object>) js("return window.compareData");
        List<Object> cats = (List<Object>) data.get("categories");
        assertThat(cats).hasSize(2);
        List<java.util.Map<String, Object>> series = (List<java.util.Map<String, Object>>) data.get("series");
        List<Object> ach = (List<Object>) series.get(0).get("data");
        Http h = new Http(server.port());
        h.login("ana", Fixture.PASSWORD);
        JsonNode lines = h.get("/api/compare?indicator=2.1.1").json().path("lines");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(((Number) ach.get(i)).doubleValue()).isEqualTo(lines.get(i).path("achievement").asDouble());
            assertThat(cats.get(i).toString()).startsWith(lines.get(i).path("office").asText());
        }
        assertThat(((Number) js("return document.querySelectorAll('#chart canvas').length")).intValue()).isPositive();
        assertThat(driver.findElement(By.id("alt")).getText()).contains("2.1.1");
        shot("web-compare.png");
    }

    @Test
    @Order(6)
    void uploadAFileAndWatchItsJobFinish() throws Exception {
        signIn("admin");
        driver.get(base + "/upload");
        WebElement input = wait.until(d -> {
            List<WebElement> f = d.findElements(By.id("file"));
            if (f.isEmpty()) {
                System.err.println("upload page: " + d.getCurrentUrl() + " " + d.getPageSource().substring(0, Math.min(400, d.getPageSource().length())));
                return null;
            }
            return f.get(0);
        });
        Path pdf = Fixture.samples().resolve("sample-pdf-b.pdf");
        input.sendKeys(pdf.toAbsolutePath().toString());
        WebDriverWait slow = new WebDriverWait(driver, Duration.ofMinutes(8));
        slow.until(d -> {
            List<WebElement> s = d.findElements(By.cssSelector(".job .state"));
            return !s.isEmpty() && List.of("done", "failed").contains(s.get(0).getText());
        });
        assertThat(driver.findElement(By.cssSelector(".job .state")).getText()).isEqualTo("done");
        WebElement detail = driver.findElement(By.cssSelector(".job .detail"));
        assertThat(detail.getText()).contains("warning");
        shot("web-upload.png");
        String href = detail.findElement(By.cssSelector("a")).getAttribute("href");
        String sha = href.substring(href.indexOf("sha=") + 4);
        Http h = new Http(server.port());
        h.login("ana", Fixture.PASSWORD);
        JsonNode hits = h.get("/api/search?limit=200").json().path("hits");
        assertThat(hits.findValuesAsText("sha256")).contains(sha);
        assertThat(h.get("/api/reports/" + sha).json().path("source").path("file").asText()).matches("[0-9a-f-]{36}\\.pdf");
    }
}
