package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

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

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the desk's browser tests, with
 * the steps every test repeats: sign in on Keycloak's own page, sign out, and check a page (axe-core: no serious or
 * critical WCAG violation; a screenshot in {@code system-tests/target/desk-screenshots}).
 */
final class DeskBrowser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    final String desk;
    final String keycloak;
    private final Path screenshots;
    private final Path profile;

    DeskBrowser(String desk, String keycloak) throws IOException, InterruptedException {
        Chromium.ensureInstalled();
        this.desk = desk;
        this.keycloak = keycloak;
        Path root = Path.of(System.getProperty("bokvar.root", "..")).toAbsolutePath().normalize();
        screenshots = Files.createDirectories(root.resolve("system-tests/target/desk-screenshots"));
        profile = Files.createTempDirectory("bokvar-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the desk, signs in on Keycloak's login page, and waits for the start page. */
    void signIn(String username, String password) {
        driver.get(desk + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(keycloak + "/realms/bokvar/");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    void signInAndWaitForStart(String username) {
        signIn(username, "demo");
        wait.until(ExpectedConditions.urlToBe(desk + "/"));
    }

    /** RP-initiated logout: Keycloak ends its session too. */
    void signOut() {
        driver.findElement(By.xpath("//button[normalize-space()='Logga ut']")).click();
        wait.until(ExpectedConditions.urlContains(desk + "/utloggad"));
    }

    void open(String path) {
        driver.get(desk + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String page() {
        return driver.getPageSource();
    }

    /** axe-core on the page: no serious or critical violation; and a screenshot of it. */
    void check(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(name + ": " + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): "
                + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
                .isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
