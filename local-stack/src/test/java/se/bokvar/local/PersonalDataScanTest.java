package se.bokvar.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bokvar.local.stack.PersonalDataScan;

/** The scanner the system test runs over every process's log finds planted numbers in every notation. */
class PersonalDataScanTest {

    @Test
    void findsPlantedNumbersWithAndWithoutSeparator() {
        String log = """
                2026-11-22 10:00:01 INFO  [intake] received notice for 19850315-2384 at Exempelgatan 12
                2026-11-22 10:00:02 INFO  [cases] person 198503152384 added
                {"level":"INFO","message":"tenant 850315-2384"}
                {"level":"INFO","message":"tenant 8503152384 coordination 850375-2381"}
                very old: 121212+1212
                """;
        assertThat(PersonalDataScan.find(log)).hasSize(6).allMatch(s -> s.endsWith("-****"));
    }

    @Test
    void ignoresNumbersThatAreNotPersonalIdentityNumbers() {
        String log = """
                2026-11-22 10:00:01,123 INFO took 1763826913 ms, offset 1234567890123, id 0123456789
                trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7 phone 031-123 45 67
                invalid check digit 19850315-2385, impossible date 19851332-1234
                """;
        assertThat(PersonalDataScan.find(log)).isEmpty();
    }

    @Test
    void scansFiles(@TempDir Path dir) throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.log"), "nothing to see\n");
        Path leaky = Files.writeString(dir.resolve("leaky.log"), "oops 19850315-2384\n");
        List<String> findings = PersonalDataScan.scan(List.of(clean, leaky, dir.resolve("missing.log")));
        assertThat(findings).containsExactly("leaky.log: 19850315-****");
    }
}
