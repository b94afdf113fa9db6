package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;

class CasePageTest {

    @Test
    void aClosedCaseSaysHowItEndedInSwedish() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-07T10:00:00+01:00");
        assertThat(CasePage.closing(new CaseJson.Closing(at, "EVICTION_AVERTED", "PAYMENT_COMMITMENT", "Förbindelse given")))
                .startsWith("Avslutat ").contains("Avhysningen avvärjd (Betalningsförbindelse från socialtjänsten)")
                .endsWith(". Förbindelse given");
        assertThat(CasePage.closing(new CaseJson.Closing(at, "MOVED_OUT", null, null)))
                .endsWith(": Hushållet flyttade innan avhysningen");
        assertThat(CasePage.closing(null)).isNull();
    }
}
