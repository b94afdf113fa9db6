package se.bokvar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.NoticeEvents;

/**
 * Validation a court would accept: every rejection is a 400 problem naming each invalid field and why, never echoing
 * the value, and nothing is stored.
 */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class ValidationTest {

    record Case(String name, String field, Consumer<ObjectNode> mutation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ObjectNode tenant(ObjectNode n) {
        return (ObjectNode) n.path("tenants").get(0);
    }

    static ObjectNode address(ObjectNode n) {
        return (ObjectNode) n.path("address");
    }

    static String daysAgo(int days) {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(days).toString();
    }

    static List<Case> invalidTerminations() {
        String pnr = "tenants[0].personalIdentityNumber";
        return List.of(
                new Case("wrong check digit", pnr, n -> tenant(n).put("personalIdentityNumber", "19850315-2385")),
                new Case("'+' on someone under 100", pnr, n -> tenant(n).put("personalIdentityNumber", "19850315+2384")),
                new Case("born in the future", pnr, n -> tenant(n).put("personalIdentityNumber", "20991231-2387")),
                new Case("no such date", pnr, n -> tenant(n).put("personalIdentityNumber", "19850230-2386")),
                new Case("other separator", pnr, n -> tenant(n).put("personalIdentityNumber", "19850315/2384")),
                new Case("eleven digits", pnr, n -> tenant(n).put("personalIdentityNumber", "98503152384")),
                new Case("letters", pnr, n -> tenant(n).put("personalIdentityNumber", "19850315-238X")),
                new Case("blank personnummer", pnr, n -> tenant(n).put("personalIdentityNumber", " ")),
                new Case("postal code too short", "address.postalCode", n -> address(n).put("postalCode", "41")),
                new Case("postal code starting with 0", "address.postalCode", n -> address(n).put("postalCode", "04150")),
                new Case("postal code with dash", "address.postalCode", n -> address(n).put("postalCode", "415-02")),
                new Case("negative rent", "monthlyRent", n -> n.put("monthlyRent", -1)),
                new Case("absurd rent", "monthlyRent", n -> n.put("monthlyRent", 200000.01)),
                new Case("fractions of öre", "monthlyRent", n -> n.put("monthlyRent", 1234.567)),
                new Case("negative debt", "debtAmount", n -> n.put("debtAmount", -0.01)),
                new Case("absurd debt", "debtAmount", n -> n.put("debtAmount", 5_000_001)),
                new Case("missing debt", "debtAmount", n -> n.remove("debtAmount")),
                new Case("ten years in arrears and more", "monthsInArrears", n -> n.put("monthsInArrears", 121)),
                new Case("negative months", "monthsInArrears", n -> n.put("monthsInArrears", -1)),
                new Case("no rooms", "rooms", n -> n.put("rooms", 0)),
                new Case("neither rooms nor area", "rooms", n -> {
                    n.remove("rooms");
                    n.remove("areaSquareMetres");
                }),
                new Case("served in the future", "servedOn", n -> n.put("servedOn", daysAgo(-2))),
                new Case("served absurdly long ago", "servedOn", n -> n.put("servedOn", daysAgo(401))),
                new Case("reference too long", "landlordReference", n -> n.put("landlordReference", "R".repeat(65))),
                new Case("blank reference", "landlordReference", n -> n.put("landlordReference", "  ")),
                new Case("name too long", "tenants[0].name", n -> tenant(n).put("name", "N".repeat(201))),
                new Case("street too long", "address.street", n -> address(n).put("street", "S".repeat(201))),
                new Case("city too long", "address.city", n -> address(n).put("city", "C".repeat(101))),
                new Case("flat number too long", "address.flatNumber", n -> address(n).put("flatNumber", "1".repeat(21))),
                new Case("lease type too long", "leaseType", n -> n.put("leaseType", "L".repeat(65))),
                new Case("contact name too long", "contactPerson.name", n -> ((ObjectNode) n.path("contactPerson")).put("name", "K".repeat(201))),
                new Case("contact phone too long", "contactPerson.phone", n -> ((ObjectNode) n.path("contactPerson")).put("phone", "0".repeat(41))),
                new Case("not an e-mail address", "contactPerson.email", n -> ((ObjectNode) n.path("contactPerson")).put("email", "karin at hemma")),
                new Case("no tenants", "tenants", n -> n.putArray("tenants")),
                new Case("eleven tenants", "tenants", n -> {
                    var tenants = n.putArray("tenants");
                    for (int i = 0; i < 11; i++) {
                        tenants.addObject().put("personalIdentityNumber", "19850315-2384").put("name", "T" + i);
                    }
                }),
                new Case("the same person twice", "tenants", n -> ((com.fasterxml.jackson.databind.node.ArrayNode) n.path("tenants"))
                        .addObject().put("personalIdentityNumber", "850315-2384").put("name", "Maria E.")),
                new Case("unknown field", "extra", n -> n.put("extra", "x")),
                new Case("unknown nested field", "address.floor", n -> address(n).put("floor", 3)),
                new Case("text in a number", "monthlyRent", n -> n.put("monthlyRent", "sjutusen")),
                new Case("unknown tenure", "tenure", n -> n.put("tenure", "LEASE")),
                new Case("not a date", "servedOn", n -> n.put("servedOn", "20/11/2026")),
                new Case("missing children known", "childrenKnown", n -> n.remove("childrenKnown")),
                new Case("missing address", "address", n -> n.remove("address")),
                new Case("NUL in a name", "tenants[0].name", n -> tenant(n).put("name", "Maria\u0000Exempelsson")),
                new Case("escape sequence in a street", "address.street", n -> address(n).put("street", "Gatan\u001b[2J 1")),
                new Case("unpaired surrogate (escaped in the JSON)", "address.city", n -> address(n).put("city", "G@SURROGATE@teborg")),
                // issue 12: text that normalises to nothing named a household key and answered 500
                new Case("street of a full stop", "address.street", n -> address(n).put("street", ".")),
                new Case("street of punctuation", "address.street", n -> address(n).put("street", "<>?:\"{}|_+")),
                new Case("street of a backslash", "address.street", n -> address(n).put("street", "\\")),
                new Case("street of fractions", "address.street", n -> address(n).put("street", "⅛⅜⅝⅞")),
                new Case("street of superscripts", "address.street", n -> address(n).put("street", "⁰⁴⁵")),
                new Case("street of an em space", "address.street", n -> address(n).put("street", "\u2003")),
                new Case("street of a combining mark", "address.street", n -> address(n).put("street", "\u0301\u0308")),
                new Case("flat number of dashes", "address.flatNumber", n -> address(n).put("flatNumber", "-,")),
                new Case("city of zero-width characters", "address.city", n -> address(n).put("city", "\u200b\u200d")),
                new Case("name of symbols", "tenants[0].name", n -> tenant(n).put("name", "★☆")),
                new Case("contact name of emoji", "contactPerson.name", n -> ((ObjectNode) n.path("contactPerson")).put("name", "\ud83d\ude00")),
                new Case("reference of an ideographic space", "landlordReference", n -> n.put("landlordReference", "\u3000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTerminations")
    void anInvalidTerminationIsRefusedNamingTheFieldAndNothingIsStored(Case c) {
        String landlord = Notices.newLandlord();
        ObjectNode notice = Notices.termination(Notices.reference());
        c.mutation().accept(notice);
        Notices.post(landlord, "termination-unpaid-rent", notice.toString().replace("@SURROGATE@", "\\ud800"))
                .log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(c.field()))
                .body(not(containsString("2384")))
                .body(not(containsString("2385")));
        assertThat(Notices.notices(landlord)).isZero();
        assertThat(Notices.outboxRows(landlord)).isZero();
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        ObjectNode notice = Notices.termination(Notices.reference());
        tenant(notice).put("personalIdentityNumber", "19850315-2385");
        address(notice).put("postalCode", "41");
        notice.put("monthlyRent", -5);
        notice.put("servedOn", daysAgo(-3));
        notice.put("landlordReference", "R".repeat(65));
        Notices.post(Notices.newLandlord(), "termination-unpaid-rent", notice)
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("tenants[0].personalIdentityNumber",
                        "address.postalCode", "monthlyRent", "servedOn", "landlordReference"))
                .body("errors.message", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));
    }

    @Test
    void personalIdentityNumbersInEveryAcceptedFormAreStoredCanonically() throws Exception {
        String[][] forms = {
                { "198503152384", "198503152384", "false" },
                { "850315-2384", "198503152384", "false" },
                { "8503152384", "198503152384", "false" },
                { "201012+2386", "192010122386", "false" }, // '+': one hundred or older
                { "19850375-2381", "198503752381", "true" }, // samordningsnummer: day + 60
        };
        for (String[] form : forms) {
            ObjectNode notice = Notices.termination(Notices.reference());
            tenant(notice).put("personalIdentityNumber", form[0]);
            String id = Notices.postNew(Notices.newLandlord(), "termination-unpaid-rent", notice);
            JsonNode event = NoticeKindsTest.eventOf(id, NoticeEvents.TERMINATION_RECEIVED);
            assertThat(event.at("/tenants/0/personalIdentityNumber").asText()).as(form[0]).isEqualTo(form[1]);
            assertThat(event.at("/tenants/0/coordinationNumber").asBoolean()).as(form[0]).isEqualTo(Boolean.parseBoolean(form[2]));
        }
    }

    @Test
    void theOtherKindsAreValidatedAsStrictly() {
        String landlord = Notices.newLandlord();
        ObjectNode rectification = Notices.rectification(Notices.reference());
        rectification.put("description", "D".repeat(4001));
        rectification.putArray("incidentDates").add(daysAgo(-2));
        rectification.put("kind", "NOISE");
        Notices.post(landlord, "rectification-request", rectification).statusCode(400)
                .body("errors.field", hasItem("kind"));
        rectification.put("kind", "DISTURBANCE");
        Notices.post(landlord, "rectification-request", rectification).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("description", "incidentDates[0]"));
        ObjectNode warning = Notices.earlyWarning(Notices.reference());
        warning.putArray("reasons");
        warning.put("debtAmount", -1);
        Notices.post(landlord, "early-warning", warning).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("reasons", "debtAmount"));
        assertThat(Notices.notices(landlord)).isZero();
    }
}
