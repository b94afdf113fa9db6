package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;
import se.bokvar.local.stack.Walkthrough;

/**
 * The caseworker desk in a real browser (headless Chromium, Debian's {@code chromium} and {@code chromium-driver})
 * against the real stack: after the walkthrough made its cases, Anna signs in on Keycloak's own login page, sees her
 * inbox with the walkthrough's case, opens it and its timeline, and signs out (at Keycloak too). Every desk page is checked with axe-core (no serious or critical
 * WCAG violation) and kept as a screenshot in {@code system-tests/target/desk-screenshots}.
 *
 * <p>Without Chromium the test installs it (as root, {@link Chromium}) or fails saying which packages to install: a
 * browser test is never skipped.
 */
class CaseworkerDeskSystemTest {

    static final Path CHROMEDRIVER = Chromium.DRIVER;
    static final Path CHROMIUM = Chromium.BROWSER;

    static Stack stack;
    static WebDriver browser;
    static String walkthroughCase;
    static Path screenshots;
    static Path profile;

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        Chromium.ensureInstalled();
        Path root = Path.of(System.getProperty("bokvar.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("system-tests/target");
        screenshots = Files.createDirectories(target.resolve("desk-screenshots"));
        stack = Stack.start(new Stack.Options(root, target.resolve("desk-stack"), target, StackPorts.random(), true,
                ServiceSpec.ALL, System.out, Map.of(), List.of(ServiceSpec.CASEWORKER_WEB)));
        walkthroughCase = runWalkthrough();

        profile = Files.createTempDirectory("bokvar-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the README's walkthrough against the stack; returns the landlord notice's case id it printed. */
    static String runWalkthrough() throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", Walkthrough.script()).redirectErrorStream(true);
        bash.environment().putAll(Walkthrough.environment(stack));
        Process p = bash.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher m = Pattern.compile("is case ([0-9a-f-]{36});").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void annaSignsInOnKeycloaksPageAndReadsHerInboxAndTheCase() throws IOException {
        String desk = stack.url(ServiceSpec.CASEWORKER_WEB);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(desk + "/");
        // Keycloak's real login page
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak().baseUrl() + "/realms/bokvar/");
        browser.findElement(By.id("username")).sendKeys("anna");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlToBe(desk + "/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Välkommen, Anna Andersson");
        check("start");

        browser.findElement(By.linkText("Inkorg")).click();
        wait.until(ExpectedConditions.urlToBe(desk + "/inkorg"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inkorg");
        assertThat(browser.getPageSource()).contains("Exempelgatan 12").contains("arbetsdag");
        check("inkorg");

        browser.findElement(By.cssSelector("a[href='/arenden/" + walkthroughCase + "']")).click();
        wait.until(ExpectedConditions.urlToBe(desk + "/arenden/" + walkthroughCase));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ärende: Exempelgatan 12");
        assertThat(browser.getPageSource()).contains("Återvinningsfrist").contains("Maria Exempelsson")
                .contains("Registrera steget");
        check("arende");

        // the handbook's first act on a notice: a position (ställningstagande), recorded by case-service as Anna
        browser.findElement(By.xpath("//form[contains(@action,'/stallningstagande')]//input[@value='OPEN_PRE_ASSESSMENT']"))
                .click();
        browser.findElement(By.xpath("//form[contains(@action,'/stallningstagande')]//button")).click();
        wait.until(ExpectedConditions.urlToBe(desk + "/arenden/" + walkthroughCase + "?sparat=stallningstagande"));
        assertThat(browser.getPageSource()).contains("Ställningstagandet är registrerat.").contains("Förhandsbedömning inledd")
                .doesNotContain("/stallningstagande\"");
        check("arende-stallningstagande");

        browser.findElement(By.linkText("Visa tidslinjen")).click();
        wait.until(ExpectedConditions.urlToBe(desk + "/arenden/" + walkthroughCase + "/tidslinje"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tidslinje");
        check("tidslinje");

        // RP-initiated logout: Keycloak ends its session too, so the next visit asks for the password again
        browser.findElement(By.xpath("//button[normalize-space()='Logga ut']")).click();
        wait.until(ExpectedConditions.urlContains(desk + "/utloggad"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du är utloggad");
        check("utloggad");
        browser.get(desk + "/inkorg");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak().baseUrl() + "/realms/bokvar/");
    }

    /** axe-core on the page: no serious or critical violation; and a screenshot of it. */
    static void check(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(name + ": " + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): "
                + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
                .isEmpty();
    }
}
