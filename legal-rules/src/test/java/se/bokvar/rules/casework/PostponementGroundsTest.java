package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostponementGroundsTest {

    @Test
    void theHandbooksFourGroundsAreKnownByTheirExactNames() {
        for (PostponementGrounds g : PostponementGrounds.values()) {
            assertThat(PostponementGrounds.known(g.name())).isTrue();
        }
        assertThat(PostponementGrounds.values()).hasSize(4);
    }

    @Test
    void anythingElseIsNot() {
        assertThat(PostponementGrounds.known(null)).isFalse();
        assertThat(PostponementGrounds.known("")).isFalse();
        assertThat(PostponementGrounds.known("illness")).isFalse();
        assertThat(PostponementGrounds.known("NEW_HOME_SOON ")).isFalse();
        assertThat(PostponementGrounds.known("BECAUSE")).isFalse();
    }
}
