package se.bokvar.web.commons.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OriginCheckTest {

    private static final Set<String> SELF = Set.of("http://127.0.0.1:18086");

    @Test
    void theApplicationsOwnOriginIsAllowed() {
        assertThat(OriginCheck.allowed("http://127.0.0.1:18086", null, SELF)).isTrue();
        assertThat(OriginCheck.allowed(null, "http://127.0.0.1:18086/arenden/1", SELF)).isTrue();
        assertThat(OriginCheck.allowed("HTTP://127.0.0.1:18086", null, SELF)).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(OriginCheck.allowed("http://evil.example", null, SELF)).isFalse();
        assertThat(OriginCheck.allowed("http://127.0.0.1:18087", null, SELF)).isFalse();
        assertThat(OriginCheck.allowed("https://127.0.0.1:18086", null, SELF)).isFalse();
        assertThat(OriginCheck.allowed("null", "http://127.0.0.1:18086/", SELF)).as("an opaque origin").isFalse();
        assertThat(OriginCheck.allowed(null, "http://evil.example/?http://127.0.0.1:18086", SELF)).isFalse();
        assertThat(OriginCheck.allowed(null, null, SELF)).as("no header at all").isFalse();
        assertThat(OriginCheck.allowed("", "", SELF)).isFalse();
        assertThat(OriginCheck.allowed("javascript:alert(1)", null, SELF)).isFalse();
        // the Origin header wins over a matching Referer
        assertThat(OriginCheck.allowed("http://evil.example", "http://127.0.0.1:18086/", SELF)).isFalse();
    }

    @Test
    void originsDropTheDefaultPort() {
        assertThat(OriginCheck.origin("https://Desk.Example.se:443/x")).hasValue("https://desk.example.se");
        assertThat(OriginCheck.origin("http://desk.example.se:80")).hasValue("http://desk.example.se");
        assertThat(OriginCheck.origin("http://127.0.0.1:18080/realms/bokvar")).hasValue("http://127.0.0.1:18080");
        assertThat(OriginCheck.origin("ftp://x")).isEmpty();
        assertThat(OriginCheck.origin("no url")).isEmpty();
    }
}
