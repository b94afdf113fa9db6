package se.bokvar.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTableTest {

    private static RoutingTable table(String csv) {
        return RoutingTable.fromCsv(new StringReader(csv));
    }

    private static PostalCode code(String text) {
        return PostalCode.parse(text);
    }

    @Test
    void goteborgSampleHasTheFourBoards() {
        RoutingTable sample = RoutingTable.goteborgSample();
        assertThat(sample.boards()).containsExactlyInAnyOrder("nordost", "centrum", "hisingen", "sydvast");
        assertThat(sample.boardFor(code("411 01"))).contains("centrum");
        assertThat(sample.boardFor(code("400 00"))).contains("centrum");
        assertThat(sample.boardFor(code("424 99"))).contains("nordost");
        assertThat(sample.boardFor(code("417 05"))).contains("hisingen");
        assertThat(sample.boardFor(code("421 30"))).contains("sydvast");
    }

    @Test
    void goteborgSampleLeaves425To429Unrouted() {
        RoutingTable sample = RoutingTable.goteborgSample();
        for (int number = 42500; number <= 42999; number++) {
            assertThat(sample.boardFor(code(Integer.toString(number)))).isEmpty();
        }
        assertThat(sample.boardFor(code("399 99"))).isEmpty();
        assertThat(sample.boardFor(code("111 22"))).isEmpty();
    }

    @Test
    void goteborgSampleSaysItIsSampleData() throws IOException {
        try (InputStream in = RoutingTable.class.getResourceAsStream(RoutingTable.GOTEBORG_SAMPLE_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("SAMPLE DATA", "NOT THE REAL DISTRICT BOUNDARIES", "425 00 - 429 99",
                    "before production");
        }
    }

    @Test
    void binarySearchAgreesWithALinearScanForEveryPostalCode() {
        RoutingTable sample = RoutingTable.goteborgSample();
        for (int number = 10000; number <= 99999; number++) {
            PostalCode code = code(Integer.toString(number));
            Optional<String> linear = sample.ranges().stream()
                    .filter(range -> range.contains(code))
                    .map(RoutingTable.Range::board)
                    .findFirst();
            assertThat(sample.boardFor(code)).as("%s", code).isEqualTo(linear);
        }
    }

    @Test
    void readsCommentsBlankLinesHeaderWhitespaceAndUnsortedRanges() {
        RoutingTable table = table("\uFEFF# comment\n\n  from , to , board \n"
                + "41700,41999, Hisingen \n"
                + "   # indented comment\n"
                + "41101 , 411 99,Centrum\r\n"
                + "41200,41200,Tiny\n");
        assertThat(table.boards()).containsExactlyInAnyOrder("Hisingen", "Centrum", "Tiny");
        assertThat(table.ranges()).extracting(RoutingTable.Range::board).containsExactly("Centrum", "Tiny", "Hisingen");
        assertThat(table.boardFor(code("41100"))).isEmpty();
        assertThat(table.boardFor(code("41101"))).contains("Centrum");
        assertThat(table.boardFor(code("41199"))).contains("Centrum");
        assertThat(table.boardFor(code("41200"))).contains("Tiny");
        assertThat(table.boardFor(code("41201"))).isEmpty();
        assertThat(table.boardFor(code("41699"))).isEmpty();
        assertThat(table.boardFor(code("41700"))).contains("Hisingen");
        assertThat(table.boardFor(code("41999"))).contains("Hisingen");
        assertThat(table.boardFor(code("42000"))).isEmpty();
        assertThat(table.boardFor(code("10000"))).isEmpty();
        assertThatThrownBy(() -> table.boards().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void headerIsOnlyAllowedFirst() {
        assertThatThrownBy(() -> table("41100,41199,Centrum\nfrom,to,board\n"))
                .isInstanceOf(InvalidRoutingTableException.class)
                .hasMessageContaining("line 2");
        assertThat(table("from,to,board\n41100,41199,Centrum\n").boards()).containsExactly("Centrum");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\\n# c\\n41100,41199,Centrum\\n41150,41299,Nordost\\n | 4 | overlaps the range on line 3",
        "41150,41299,Nordost\\n41100,41199,Centrum\\n | 2 | overlaps the range on line 1",
        "41100,41199,Centrum\\n41199,41299,Nordost\\n | 2 | overlaps",
        "41100,41199,Centrum\\n41000,41100,Nordost\\n | 2 | overlaps",
        "41200,41299,Nordost\\n41000,41500,Centrum\\n | 2 | overlaps",
        "41100,41099,Centrum\\n | 1 | is after",
        "\\n\\n41100,41199\\n | 3 | three fields",
        "41100,41199,Centrum,extra\\n | 1 | three fields",
        "41100;41199;Centrum\\n | 1 | three fields",
        "4110,41199,Centrum\\n | 1 | 'from' is not a postal code",
        "41100,01199,Centrum\\n | 1 | 'to' is not a postal code",
        "41100,41199, \\n | 1 | board is empty",
    })
    void rejectsMalformedTablesNamingTheLine(String csv, int line, String problem) {
        String text = csv.replace("\\n", "\n");
        assertThatThrownBy(() -> table(text))
                .isInstanceOfSatisfying(InvalidRoutingTableException.class,
                        e -> assertThat(e.lineNumber()).isEqualTo(line))
                .hasMessageContaining("line " + line + ":")
                .hasMessageContaining(problem);
    }

    @Test
    void adjacentRangesAreFine() {
        RoutingTable table = table("41100,41199,Centrum\n41200,41299,Nordost\n");
        assertThat(table.boardFor(code("41199"))).contains("Centrum");
        assertThat(table.boardFor(code("41200"))).contains("Nordost");
    }

    @Test
    void rejectsAnEmptyTable() {
        assertThatThrownBy(() -> table("# nothing\nfrom,to,board\n"))
                .isInstanceOfSatisfying(InvalidRoutingTableException.class,
                        e -> assertThat(e.lineNumber()).isZero())
                .hasMessage("routing table: no ranges");
    }

    @Test
    void readFailureIsUnchecked() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> RoutingTable.fromCsv(failing)).isInstanceOf(UncheckedIOException.class);
        assertThatNullPointerException().isThrownBy(() -> RoutingTable.fromCsv(null));
        assertThatNullPointerException().isThrownBy(() -> RoutingTable.goteborgSample().boardFor(null));
    }

    @Test
    void rangeRecord() {
        RoutingTable.Range range = new RoutingTable.Range(code("41100"), code("41199"), "Centrum");
        assertThat(range.contains(code("41100"))).isTrue();
        assertThat(range.contains(code("41199"))).isTrue();
        assertThat(range.contains(code("41099"))).isFalse();
        assertThat(range.contains(code("41200"))).isFalse();
        assertThat(new RoutingTable.Range(code("41100"), code("41100"), "Centrum").contains(code("41100"))).isTrue();
        assertThatThrownBy(() -> new RoutingTable.Range(code("41101"), code("41100"), "Centrum"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutingTable.Range(code("41100"), code("41100"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> new RoutingTable.Range(null, code("41100"), "C"));
        assertThatNullPointerException().isThrownBy(() -> new RoutingTable.Range(code("41100"), null, "C"));
        assertThatNullPointerException().isThrownBy(() -> new RoutingTable.Range(code("41100"), code("41100"), null));
    }
}
