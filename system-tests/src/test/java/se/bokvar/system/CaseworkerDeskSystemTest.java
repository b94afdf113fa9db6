package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.bench.common.Tokens;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;

/**
 * The caseworker desk in a real browser (headless Chromium, {@link DeskBrowser}) against the shared real stack,
 * after the walkthrough made its cases, one browser session for all. Anna signs in on Keycloak's own login page,
 * finds the walkthrough's case in her inbox, reads the recovery period, records a position, a step the rules refuse
 * and one they allow, sees a new case arrive in her inbox without reloading it, finds the case's deadline alert
 * in her list of alerts, records a consent and sees a
 * disclosure go through, withdraws it and sees the next refused, prints a consent form to sign, takes the case and
 * releases it, and signs out (at Keycloak too). Bengt, of another
 * board, cannot open the case by its address; Sara, a supervisor, reads her pages and searches; Olof, an auditor,
 * queries the audit trail; a landlord's staff cannot use the desk at all. Every page is checked with axe-core (no serious or critical WCAG violation) and kept as
 * a screenshot in {@code system-tests/target/desk-screenshots}.
 *
 * <p>Without Chromium the test installs it (as root, {@link Chromium}) or fails saying which packages to install: a
 * browser test is never skipped.
 */
@ExtendWith(SharedStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkerDeskSystemTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;
    static DeskBrowser browser;
    static String walkthroughCase;
    static String caseUrl;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        stack = SharedStack.stack();
        SharedStack.Walk walk = SharedStack.walkthrough();
        assertThat(walk.exitCode()).as(walk.output()).isZero();
        walkthroughCase = walk.landlordCase();
        assertThat(walkthroughCase).as(walk.output()).isNotNull();
        browser = new DeskBrowser(stack.url(ServiceSpec.CASEWORKER_WEB), stack.keycloak().baseUrl());
        caseUrl = browser.desk + "/arenden/" + walkthroughCase;
    }

    @AfterAll
    static void stopTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void annaSignsInOnKeycloaksPageAndReadsHerInboxAndTheCase() throws IOException {
        browser.signInAndWaitForStart("anna");
        assertThat(browser.heading()).isEqualTo("Välkommen, Anna Andersson");
        browser.check("start");

        browser.driver.findElement(By.linkText("Inkorg")).click();
        browser.wait.until(ExpectedConditions.urlToBe(browser.desk + "/inkorg"));
        assertThat(browser.heading()).isEqualTo("Inkorg");
        assertThat(browser.page()).contains("Exempelgatan 12").contains("arbetsdag");
        browser.check("inkorg");

        browser.driver.findElement(By.cssSelector("a[href='/arenden/" + walkthroughCase + "']")).click();
        browser.wait.until(ExpectedConditions.urlToBe(caseUrl));
        assertThat(browser.heading()).isEqualTo("Ärende: Exempelgatan 12");
        assertThat(browser.page()).contains("Återvinningsfrist").contains("Maria Exempelsson")
                .contains("Rättslig grund").contains("Jordabalken 12 kap. 44 §").contains("Registrera steget");
        browser.check("arende");

        // the handbook's first act on a notice: a position (ställningstagande), recorded by case-service as Anna
        browser.driver.findElement(By.xpath(
                "//form[contains(@action,'/stallningstagande')]//input[@value='OPEN_PRE_ASSESSMENT']")).click();
        browser.driver.findElement(By.xpath("//form[contains(@action,'/stallningstagande')]//button")).click();
        browser.wait.until(ExpectedConditions.urlToBe(caseUrl + "?sparat=stallningstagande"));
        assertThat(browser.page()).contains("Ställningstagandet är registrerat.").contains("Förhandsbedömning inledd")
                .doesNotContain("/stallningstagande\"");
        browser.check("arende-stallningstagande");

        browser.driver.findElement(By.linkText("Visa tidslinjen")).click();
        browser.wait.until(ExpectedConditions.urlToBe(caseUrl + "/tidslinje"));
        assertThat(browser.heading()).isEqualTo("Tidslinje");
        browser.check("tidslinje");
    }

    @Test
    @Order(2)
    void aStepTheRulesRefuseIsRefusedInWordsAndOneTheyAllowIsRecorded() throws IOException {
        browser.open("/arenden/" + walkthroughCase);
        // an action plan belongs to an investigation; the case is in its pre-assessment
        recordStep(Map.of("kind", "ACTION_PLAN"));
        assertThat(browser.page()).contains("Ingenting har ändrats");
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).isNotBlank();
        browser.check("arende-steg-nekat");

        recordStep(Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", "ja"));
        browser.wait.until(ExpectedConditions.urlContains("sparat="));
        assertThat(browser.page()).contains("Steget är registrerat.");
        browser.check("arende-steg");
    }

    /** Fills the case page's step form (selects by value) and sends it. */
    static void recordStep(Map<String, String> fields) {
        WebElement form = browser.driver.findElement(By.xpath("//form[contains(@action,'/steg')]"));
        fields.forEach((name, value) -> new Select(form.findElement(By.name(name))).selectByValue(value));
        form.findElement(By.xpath(".//button[normalize-space()='Registrera steget']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    @Test
    @Order(3)
    void aNewCaseAppearsInTheInboxWithoutReloadingIt() throws Exception {
        browser.open("/inkorg");
        // the menu's alert badge asks for itself too; the inbox's polite live region is there, empty
        assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/aviseringar'] span[hx-get^='/aviseringar/antal']")))
                .hasSize(1);
        assertThat(browser.driver.findElement(By.id("inkorg-status")).getAttribute("role")).isEqualTo("status");
        ((JavascriptExecutor) browser.driver).executeScript("window.bokvarNotReloaded = true; window.bokvarSaid = [];"
                + " const region = document.getElementById('inkorg-status');"
                + " new MutationObserver(() => { if (region.textContent) window.bokvarSaid.push(region.textContent); })"
                + ".observe(region, {childList: true, characterData: true, subtree: true});");
        String street = "Levandegatan " + (10 + (int) (Math.random() * 80));
        long sent = System.nanoTime();
        sendTermination(street, "1401");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains(street));
        double seconds = (System.nanoTime() - sent) / 1e9;
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.bokvarNotReloaded === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        System.out.printf("Inkorg: the new case showed %.1f s after the landlord sent the notice%n", seconds);
        // and a screen reader was told, in the live region (WCAG 2.1 SC 4.1.3)
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> String.valueOf(
                ((JavascriptExecutor) d).executeScript("return window.bokvarSaid.join(' | ');")).matches(".*(1 nytt ärende|\\d+ nya ärenden) i inkorgen.*"));
        browser.check("inkorg-uppdaterad");
    }

    /** A landlord's termination for a flat in Nordost (Anna's board), through the intake's API. */
    static void sendTermination(String street, String flat) throws Exception {
        String tokenUrl = Tokens.tokenUrl(stack.keycloak().baseUrl());
        String landlord = Tokens.clientCredentials(HTTP, tokenUrl, "landlord-hemma", "hemma-demo-secret").get();
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        Map<String, Object> notice = Map.ofEntries(Map.entry("tenure", "RENTAL"),
                Map.entry("landlordReference", "LIVE-" + UUID.randomUUID().toString().substring(0, 8)),
                Map.entry("tenants", List.of(Map.of("personalIdentityNumber", "19900101-0017", "name", "Lo Levande"))),
                Map.entry("address", Map.of("street", street, "postalCode", "415 02", "city", "Göteborg", "flatNumber", flat)),
                Map.entry("rooms", 2), Map.entry("monthlyRent", 7000), Map.entry("debtAmount", 14000),
                Map.entry("monthsInArrears", 2), Map.entry("servedOn", today), Map.entry("childrenKnown", "NO"),
                Map.entry("contactPerson", Map.of("name", "Karin Förvaltare")));
        HttpResponse<String> receipt = HTTP.send(HttpRequest.newBuilder(
                URI.create(stack.url(ServiceSpec.INTAKE) + "/api/v1/notices/termination-unpaid-rent"))
                .header("Authorization", "Bearer " + landlord).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(notice))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
    }

    @Test
    @Order(4)
    void theWalkthroughCasesAlertIsInAnnasListToo() throws IOException {
        // the shared stack calls a recovery period near 30 days ahead: the walkthrough's case has its NEAR alert
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            browser.open("/aviseringar");
            return d.getPageSource().contains("href=\"/arenden/" + walkthroughCase + "\"");
        });
        assertThat(browser.heading()).isEqualTo("Aviseringar");
        assertThat(browser.page()).contains("Frist närmar sig: återvinningsfrist").doesNotContain("Maria Exempelsson");
        browser.check("aviseringar");
    }

    @Test
    @Order(5)
    void aConsentLetsADisclosureThroughAndItsWithdrawalStopsTheNext() throws IOException {
        browser.open("/arenden/" + walkthroughCase);
        browser.driver.findElement(By.linkText("Samtycke")).click();
        // consent-service learns of the case from Kafka: the form is there once it has
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            if (!d.getPageSource().contains("Registrera samtycket")) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(browser.heading()).isEqualTo("Samtycke: Exempelgatan 12");
        WebElement form = browser.driver.findElement(By.xpath("//form[.//button[normalize-space()='Registrera samtycket']]"));
        new Select(form.findElement(By.id("person"))).selectByIndex(1);
        form.findElement(By.cssSelector("input[name=parties][value='OTHER_ADMINISTRATION:elderly-care']")).click();
        form.findElement(By.cssSelector("input[name=purposes][value=CONTACT_ADMINISTRATION]")).click();
        form.findElement(By.cssSelector("input[name=categories][value=CASE_STATUS]")).click();
        new Select(form.findElement(By.id("form-ny"))).selectByValue("ORAL_DOCUMENTED");
        form.findElement(By.xpath(".//button[normalize-space()='Registrera samtycket']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.page()).contains("Samtycket är registrerat.").contains("Äldreomsorgen");
        browser.check("samtycke");

        browser.open("/arenden/" + walkthroughCase);
        recordStep(Map.of("kind", "CONTACT_OTHER_ADMINISTRATION", "administration", "elderly-care"));
        assertThat(browser.page()).contains("Steget är registrerat.");

        browser.driver.findElement(By.linkText("Samtycke")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        List<WebElement> consents = browser.driver.findElements(By.cssSelector("section.consent"));
        WebElement last = consents.get(consents.size() - 1);
        last.findElement(By.xpath(".//summary[normalize-space()='Återkalla samtycket helt eller delvis']")).click();
        last.findElement(By.cssSelector("input[name=whole]")).click();
        last.findElement(By.xpath(".//button[normalize-space()='Registrera återkallelsen']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.page()).contains("Återkallelsen är registrerad.").contains("Helt återkallat");
        browser.check("samtycke-aterkallat");

        browser.open("/arenden/" + walkthroughCase);
        recordStep(Map.of("kind", "CONTACT_OTHER_ADMINISTRATION", "administration", "elderly-care"));
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Utlämnande nekat: inget samtycke täcker detta");
        assertThat(browser.page()).contains("Ingenting har ändrats");
        browser.check("arende-utlamnande-nekat");
    }

    @Test
    @Order(6)
    void annaPrintsAConsentFormToSignAndTakesAndReleasesTheCase() throws IOException {
        browser.open("/arenden/" + walkthroughCase + "/samtycke");
        WebElement form = browser.driver.findElement(By.xpath("//form[.//button[normalize-space()='Skriv ut samtyckesblankett']]"));
        new Select(form.findElement(By.id("person-blankett"))).selectByIndex(1);
        form.findElement(By.cssSelector("input[name=parties][value='OTHER_ADMINISTRATION:elderly-care']")).click();
        form.findElement(By.cssSelector("input[name=purposes][value=CONTACT_ADMINISTRATION]")).click();
        form.findElement(By.cssSelector("input[name=categories][value=CASE_STATUS]")).click();
        form.findElement(By.xpath(".//button[normalize-space()='Skriv ut samtyckesblankett']")).click();
        browser.wait.until(ExpectedConditions.urlContains("/samtycke/blankett"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        // consent-service's form as it rendered it (its own document, under the sandbox policy); nothing was recorded
        assertThat(browser.heading()).isEqualTo("Samtycke till att socialtjänsten lämnar ut uppgifter om dig");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("19850315").doesNotContain("2384");

        // the assign form suggests her colleagues of the board's adult unit; she takes the case and releases it
        browser.open("/arenden/" + walkthroughCase);
        assertThat(browser.driver.findElements(By.cssSelector("datalist#kollegor option[value=david]"))).hasSize(1);
        assertThat(browser.page()).doesNotContain("david@");
        boolean wasHers = browser.driver.findElements(By.xpath("//button[normalize-space()='Ta ärendet']")).isEmpty();
        if (!wasHers) {
            browser.driver.findElement(By.xpath("//button[normalize-space()='Ta ärendet']")).click();
            browser.wait.until(ExpectedConditions.urlContains("sparat=ta"));
        }
        browser.check("arende-tilldelat");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Släpp ärendet']")).click();
        browser.wait.until(ExpectedConditions.urlContains("sparat=slappt"));
        assertThat(browser.page()).contains("Ärendet har ingen handläggare längre");
        browser.check("arende-slappt");
        if (wasHers) {
            // as the walkthrough left it, for the tests after this one
            browser.driver.findElement(By.xpath("//button[normalize-space()='Ta ärendet']")).click();
            browser.wait.until(ExpectedConditions.urlContains("sparat=ta"));
        }
    }

    @Test
    @Order(7)
    void annaSignsOutEverywhereAndTheStatementIsOpenToAll() throws IOException {
        browser.signOut();
        assertThat(browser.heading()).isEqualTo("Du är utloggad");
        browser.check("utloggad");
        // the accessibility statement, open without signing in (the footer of every page links to it)
        browser.driver.findElement(By.linkText("Tillgänglighetsredogörelse")).click();
        browser.wait.until(ExpectedConditions.urlToBe(browser.desk + "/tillganglighet"));
        assertThat(browser.heading()).isEqualTo("Tillgänglighetsredogörelse");
        browser.check("tillganglighet");
        // Keycloak's session ended too: the next visit asks for the password again
        browser.driver.get(browser.desk + "/inkorg");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.keycloak + "/realms/bokvar/");
    }

    @Test
    @Order(8)
    void bengtOfAnotherBoardCannotOpenTheCaseByItsAddress() throws IOException {
        browser.signInAndWaitForStart("bengt");
        browser.open("/arenden/" + walkthroughCase);
        assertThat(browser.heading()).isEqualTo("Sidan finns inte");
        assertThat(browser.page()).doesNotContain("Maria Exempelsson").doesNotContain("Exempelgatan 12");
        browser.check("arende-annan-namnd");
        browser.signOut();
    }

    @Test
    @Order(9)
    void saraReadsTheSupervisorsPagesAndSearchesWithAPurpose() throws IOException {
        browser.signInAndWaitForStart("sara");
        for (String[] page : new String[][] { { "/ej-fordelade", "Ej fördelade underrättelser" },
                { "/forsenade-kvittenser", "Försenade kvittenser" }, { "/statistik", "Statistik" },
                { "/sok", "Sök ärenden" } }) {
            browser.open(page[0]);
            assertThat(browser.heading()).as(page[0]).isEqualTo(page[1]);
            browser.check("arbetsledare" + page[0].replace('/', '-'));
        }
        assertThat(browser.page()).doesNotContain("<script>");
        browser.driver.findElement(By.id("personalIdentityNumber")).sendKeys("19850315-2384");
        browser.driver.findElement(By.id("purpose")).sendKeys("Kontroll av hushållets ärenden inför samråd");
        browser.driver.findElement(By.xpath("//form[@action='/sok']//button")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/arenden/" + walkthroughCase + "']")));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("19850315").doesNotContain("2384");
        browser.check("arbetsledare-sokresultat");
        browser.signOut();
    }

    @Test
    @Order(10)
    void olofTheAuditorQueriesTheAuditTrailAndReadsNoCases() throws IOException {
        browser.signInAndWaitForStart("olof");
        browser.open("/granskningslogg");
        assertThat(browser.heading()).isEqualTo("Granskningslogg");
        browser.check("granskare-granskningslogg");
        browser.driver.findElement(By.id("caseId")).sendKeys(walkthroughCase);
        browser.driver.findElement(By.xpath("//form[@action='/granskningslogg']//button[normalize-space()='Sök']")).click();
        browser.wait.until(d -> d.getPageSource().contains("anna"));
        browser.check("granskare-granskningslogg-svar");
        browser.open("/arenden/" + walkthroughCase);
        assertThat(browser.heading()).isEqualTo("Du har inte behörighet");
        browser.signOut();
    }

    @Test
    @Order(11)
    void aLandlordsAccountCannotSignInToTheDesk() throws IOException {
        browser.signIn("karin", "demo");
        browser.wait.until(ExpectedConditions.urlContains(browser.desk));
        assertThat(browser.heading()).isEqualTo("Du har inte behörighet");
        assertThat(browser.page()).doesNotContain("Inkorg").doesNotContain("Exempelgatan");
        browser.check("hyresvard-nekad");
        browser.open("/inkorg");
        assertThat(browser.heading()).isEqualTo("Du har inte behörighet");
    }
}
