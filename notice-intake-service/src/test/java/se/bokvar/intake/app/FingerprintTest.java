package se.bokvar.intake.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import se.bokvar.intake.api.Address;
import se.bokvar.intake.api.Contact;
import se.bokvar.intake.api.CorrectionRequest;
import se.bokvar.intake.api.NoticePath;
import se.bokvar.intake.api.Tenant;
import se.bokvar.intake.api.TerminationNoticeRequest;
import se.bokvar.intake.api.Tenure;

/**
 * Fingerprints are stored (with each notice and each idempotency key), so the app's commands fingerprint exactly as
 * the request bodies they come from always did.
 */
class FingerprintTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static TerminationNoticeRequest request(LocalDate servedOn) {
        return new TerminationNoticeRequest(Tenure.RENTAL, "HB-1", List.of(new Tenant("19850315-2384", "Maria Exempelsson")),
                new Address("Exempelgatan 12", "415 02", "Göteborg", "1102"), 2, new BigDecimal("58"), "förstahandskontrakt",
                new BigDecimal("7850"), new BigDecimal("15700"), 2, servedOn, ChildrenKnown.UNKNOWN,
                new Contact("Karin Förvaltare", "031-123 45 67", "karin@hemma.example"));
    }

    @Test
    void aNewNoticeIsScopedByTheEndpointOfItsKind() {
        for (NoticePath path : NoticePath.values()) {
            assertThat(Fingerprint.newNoticeScope(path.kind())).isEqualTo("POST /api/v1/notices/" + path.path());
        }
    }

    @Test
    void aNoticeFormFingerprintsAsItsRequest() {
        LocalDate served = LocalDate.parse("2026-11-20");
        NoticeForm.Termination form = AmendmentRulesTest.termination("HB-1", served);
        assertThat(Fingerprint.of(MAPPER, "TERMINATION_UNPAID_RENT", form))
                .isEqualTo(Fingerprint.of(MAPPER, "TERMINATION_UNPAID_RENT", request(served)));
    }

    @Test
    void aCorrectionFingerprintsAsItsRequest() throws Exception {
        CorrectNotice.Correction correction = new CorrectNotice.Correction("Fel skuld", AmendmentRulesTest.termination("HB-1", null));
        CorrectionRequest request = new CorrectionRequest("Fel skuld", request(null), null, null);
        assertThat(MAPPER.writeValueAsString(CorrectNotice.AsRequested.of(correction))).isEqualTo(MAPPER.writeValueAsString(request));
    }
}
