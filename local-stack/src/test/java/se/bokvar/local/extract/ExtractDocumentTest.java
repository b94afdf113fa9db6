package se.bokvar.local.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ExtractDocumentTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final ExtractDocument document = new ExtractDocument(JSON);

    static JsonNode part(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void theDocumentMarksEveryFlaggedPartWhereItStandsAndEscapesWhatTheRecordsSay() throws Exception {
        JsonNode cases = part("""
                {"service": "case-service", "generatedAt": "2026-12-07T09:00:00Z", "personalIdentityNumber": "198503152384",
                 "holds": ["CASE"], "records": [{"kind": "CASE", "id": "c1", "at": "2026-11-02T10:00:00Z",
                   "data": {"household": [{"personal_identity_number": "198503152384", "name": "Maria"},
                                          {"personal_identity_number": "199001011234", "name": "Olle <script>"}],
                            "steps": [{"notes": "Olle & co"}]},
                   "review": [{"path": "/household/1", "reason": "OTHER_PERSON", "note": "x"},
                              {"path": "/steps/0/notes", "reason": "THIRD_PARTY_ACCOUNT", "note": "y"}]}]}""");
        JsonNode consents = part("""
                {"service": "consent-service", "generatedAt": "2026-12-07T09:00:00Z", "personalIdentityNumber": "198503152384",
                 "holds": ["CONSENT", "DISCLOSURE_DECISION"], "records": []}""");
        ObjectNode doc = document.json("198503152384", "dnr 2026-4711", "sara", Instant.parse("2026-12-07T09:00:00Z"),
                List.of(cases, consents), List.of());
        assertThat(doc.path("complete").asBoolean()).isTrue();
        assertThat(doc.path("records").asInt()).isEqualTo(1);
        assertThat(doc.path("flaggedForReview").asInt()).isEqualTo(2);

        String html = document.html(doc);
        assertThat(html).contains("<h1>Registerutdrag</h1>").contains("19850315-2384").contains("2026-12-07 10:00")
                .contains("2 uppgifter är markerade").contains("<h2>Ärenden</h2>").contains("<h2>Samtycken</h2>")
                .contains("Inga uppgifter om personen finns här (sökt bland: Samtycke, Prövning av utlämnande)")
                .contains("<strong>Granskas</strong> (uppgifter om en annan person)")
                .contains("<strong>Granskas</strong> (fritext skriven av någon annan): Olle &amp; co")
                .contains("Olle &lt;script&gt;").doesNotContain("<script>").doesNotContain("ofullständigt");
        // Olle's entry is inside the marked block; Maria's is not
        int marked = html.indexOf("(uppgifter om en annan person)");
        assertThat(html.indexOf("Olle &lt;script&gt;")).isGreaterThan(marked);
        assertThat(html.indexOf("Maria")).isLessThan(marked);
    }

    @Test
    void aMissingPartMakesTheExtractIncompleteAndSaysSoAtTheTop() throws Exception {
        ObjectNode doc = document.json("198503152384", "dnr 2026-4711", "sara", Instant.now(), List.of(),
                List.of(new ExtractDocument.Missing("kronofogden-adapter", "svarade inte (ConnectException)")));
        assertThat(doc.path("complete").asBoolean()).isFalse();
        assertThat(document.html(doc)).contains("Utdraget är ofullständigt")
                .contains("Kronofogden (underrättelser, kvittenser, brev) (svarade inte (ConnectException))")
                .contains("Lämna inte ut utdraget");
    }
}
