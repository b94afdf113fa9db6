package se.bokvar.web.commons.csrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens(CsrfTokens.randomKey());

    @Test
    void theTokenForABindingAndSubjectMatchesOnlyThem() {
        String binding = tokens.newBinding();
        String token = tokens.token(binding, "anna");
        assertThat(tokens.matches(binding, "anna", token)).isTrue();
        assertThat(tokens.matches(binding, "bengt", token)).as("another user").isFalse();
        assertThat(tokens.matches(tokens.newBinding(), "anna", token)).as("another browser").isFalse();
        assertThat(tokens.matches(binding, "", token)).as("signed out").isFalse();
    }

    @Test
    void missingOrMalformedInputNeverMatches() {
        String binding = tokens.newBinding();
        String token = tokens.token(binding, "anna");
        assertThat(tokens.matches(binding, "anna", null)).isFalse();
        assertThat(tokens.matches(binding, "anna", "")).isFalse();
        assertThat(tokens.matches(null, "anna", token)).isFalse();
        assertThat(tokens.matches("not-a-binding", "anna", token)).isFalse();
        assertThat(tokens.matches(binding, "anna", token.substring(1))).isFalse();
        assertThat(tokens.matches(binding, "anna", token + "x")).isFalse();
        assertThatThrownBy(() -> tokens.token("short", "anna")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherKeyMakesOtherTokens() {
        String binding = tokens.newBinding();
        CsrfTokens other = new CsrfTokens(CsrfTokens.randomKey());
        assertThat(other.matches(binding, "anna", tokens.token(binding, "anna"))).isFalse();
        assertThatThrownBy(() -> new CsrfTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bindingsAreRandomAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String b = tokens.newBinding();
            assertThat(CsrfTokens.isWellFormed(b)).isTrue();
            assertThat(seen.add(b)).isTrue();
        }
        assertThat(CsrfTokens.isWellFormed("x".repeat(42))).isFalse();
        assertThat(CsrfTokens.isWellFormed("!".repeat(43))).isFalse();
        assertThat(CsrfTokens.isWellFormed(null)).isFalse();
    }
}
