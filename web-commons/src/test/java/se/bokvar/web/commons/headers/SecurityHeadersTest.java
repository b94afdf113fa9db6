package se.bokvar.web.commons.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void theContentSecurityPolicyAllowsNothingInlineAndNoFraming() {
        String csp = SecurityHeaders.contentSecurityPolicy(List.of("http://127.0.0.1:18080/realms/bokvar"));
        assertThat(csp).startsWith("default-src 'self';").contains("script-src 'self';").contains("style-src 'self';")
                .contains("frame-ancestors 'none'").contains("object-src 'none'")
                .endsWith("form-action 'self' http://127.0.0.1:18080")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void everyHeader() {
        Map<String, String> h = SecurityHeaders.all(List.of());
        assertThat(h).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY").containsKey("Content-Security-Policy");
        assertThat(h.get("Content-Security-Policy")).endsWith("form-action 'self'");
    }
}
