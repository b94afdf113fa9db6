package se.bokvar.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import se.bokvar.intake.app.ChildrenKnown;
import se.bokvar.intake.app.NoticeForm;
import se.bokvar.intake.app.RectificationKind;
import se.bokvar.intake.app.WarningReason;
import se.bokvar.platform.problem.ProblemException;

/** Requests map to the app's commands field for field: the command's JSON is the request's (fingerprints). */
class RequestMappingTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static final List<Tenant> TENANTS = List.of(new Tenant("19850315-2384", "Maria Exempelsson"),
            new Tenant("19800629-2380", "Lena Exempel"));
    static final Address ADDRESS = new Address("Exempelgatan 12", "415 02", "Göteborg", "1102");
    static final Contact CONTACT = new Contact("Karin Förvaltare", "031-123 45 67", "karin@hemma.example");

    @Test
    void everyKindMapsFieldForField() throws Exception {
        TerminationNoticeRequest termination = new TerminationNoticeRequest(Tenure.TENANT_OWNED_PREMISES, "HB-1", TENANTS,
                ADDRESS, 2, new BigDecimal("58.5"), "förstahandskontrakt", new BigDecimal("7850.50"),
                new BigDecimal("15700"), 2, LocalDate.parse("2026-11-20"), ChildrenKnown.YES, CONTACT);
        RectificationNoticeRequest rectification = new RectificationNoticeRequest(Tenure.RENTAL, "HB-R-1", TENANTS, ADDRESS,
                RectificationKind.LACK_OF_CARE, "Vanvård", List.of(LocalDate.parse("2026-11-14")),
                LocalDate.parse("2026-11-16"), ChildrenKnown.NO, CONTACT);
        EarlyWarningRequest warning = new EarlyWarningRequest(Tenure.RENTAL, "HB-V-1", TENANTS, ADDRESS,
                List.of(WarningReason.LATE_PAYMENTS, WarningReason.CONCERN_FOR_CHILDREN), "Sent betald", new BigDecimal("7850"),
                ChildrenKnown.UNKNOWN, new Contact("Karin", null, null));
        assertThat(MAPPER.writeValueAsString(RequestMapping.form(termination))).isEqualTo(MAPPER.writeValueAsString(termination));
        assertThat(MAPPER.writeValueAsString(RequestMapping.form(rectification))).isEqualTo(MAPPER.writeValueAsString(rectification));
        assertThat(MAPPER.writeValueAsString(RequestMapping.form((Object) warning))).isEqualTo(MAPPER.writeValueAsString(warning));
        assertThat(RequestMapping.form(warning).noticeKind()).isEqualTo(NoticePath.EARLY_WARNING.kind());
    }

    @Test
    void aCorrectionHoldsExactlyOneNotice() {
        EarlyWarningRequest warning = new EarlyWarningRequest(Tenure.RENTAL, "HB-V-1", TENANTS, ADDRESS,
                List.of(WarningReason.OTHER), null, null, ChildrenKnown.UNKNOWN, CONTACT);
        assertThat(RequestMapping.correction(new CorrectionRequest("Fel", null, null, warning)).notice())
                .isInstanceOf(NoticeForm.EarlyWarning.class);
        for (CorrectionRequest wrong : List.of(new CorrectionRequest("Fel", null, null, null),
                new CorrectionRequest("Fel", null, new RectificationNoticeRequest(Tenure.RENTAL, "HB-R-1", TENANTS, ADDRESS,
                        RectificationKind.OTHER, "x", null, null, ChildrenKnown.NO, CONTACT), warning))) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> RequestMapping.correction(wrong));
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly("termination", "rectification", "earlyWarning");
        }
    }

    @Test
    void kindsAreReadByNameOrPath() {
        assertThat(NoticePath.parse("termination-unpaid-rent")).contains(NoticePath.TERMINATION_UNPAID_RENT);
        assertThat(NoticePath.parse("EARLY_WARNING")).contains(NoticePath.EARLY_WARNING);
        assertThat(NoticePath.parse("EVICTION")).isEmpty();
    }
}
