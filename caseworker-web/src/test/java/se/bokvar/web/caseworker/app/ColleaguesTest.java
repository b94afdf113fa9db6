package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bokvar.rules.directory.CaseworkerDirectory;

/** The colleagues the assign form suggests: the board's adult unit in the caseworker directory, logins and names only. */
class ColleaguesTest {

    final Colleagues sample = new Colleagues(CaseworkerDirectory.SAMPLE);

    @Test
    void theAdultUnitOfTheBoardButTheUserByName() {
        assertThat(sample.ofAdultUnit("nordost", "anna")).containsExactly(
                new Colleagues.Colleague("david", "David Dahl"), new Colleagues.Colleague("sara", "Sara Svensson"));
        assertThat(sample.ofAdultUnit("hisingen", "anna")).containsExactly(new Colleagues.Colleague("bengt", "Bengt Berg"));
        assertThat(sample.ofAdultUnit("nordost", null)).extracting(Colleagues.Colleague::login)
                .containsExactly("anna", "david", "sara").doesNotContain("cecilia");
        assertThat(sample.ofAdultUnit(null, "anna")).isEmpty();
        assertThat(sample.ofAdultUnit("atlantis", "anna")).isEmpty();
    }

    @Test
    void neverAnAddressOrAPhoneNumber() {
        assertThat(sample.ofAdultUnit("nordost", "anna").toString()).doesNotContain("@").doesNotContain("031-");
    }

    @Test
    void aBadDirectoryStopsTheDeskNamingItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("caseworkers.csv");
        Files.writeString(file, CaseworkerDirectory.HEADER + "\nolle,Olle Ek,031-1,olle@x.invalid,nordost,adult,Nordost\n"
                + "pia,Pia,031-2,pia@x.invalid,nordost,elderly,Nordost\n");
        assertThatThrownBy(() -> new Colleagues(file.toString())).hasMessageContaining("line 3");
        Files.writeString(file, CaseworkerDirectory.HEADER + "\nolle,Olle Ek,031-1,olle@x.invalid,nordost,adult,\"Nordost, vuxen\"\n");
        assertThat(new Colleagues(file.toString()).ofAdultUnit("nordost", "anna"))
                .containsExactly(new Colleagues.Colleague("olle", "Olle Ek"));
    }
}
