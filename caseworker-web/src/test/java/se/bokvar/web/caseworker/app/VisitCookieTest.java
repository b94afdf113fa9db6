package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VisitCookieTest {

    @Test
    void aMomentComesBackAsItWasKept() {
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(VisitCookie.read(VisitCookie.of(at))).contains(at);
    }

    @Test
    void anythingButAPlainNumberIsNoMoment() {
        for (String junk : new String[] { null, "", "-5", "12a", " 12", "1e9", "9".repeat(19) }) {
            assertThat(VisitCookie.read(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }
}
