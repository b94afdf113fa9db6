package se.bokvar.rules.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseworkerDirectoryTest {

    @Test
    void theBundledSampleIsReadable() {
        CaseworkerDirectory directory = CaseworkerDirectory.load(CaseworkerDirectory.SAMPLE);
        assertThat(directory.size()).isGreaterThanOrEqualTo(5);
        assertThat(directory.find("anna")).get().satisfies(e -> {
            assertThat(e.board()).isEqualTo("nordost");
            assertThat(e.unit()).isEqualTo("adult");
            assertThat(e.email()).endsWith(".invalid");
            assertThat(e.unitName()).isEqualTo("Nordost, vuxenenheten");
        });
        assertThat(directory.inAdultUnit("anna", "nordost")).isTrue();
        assertThat(directory.inAdultUnit("cecilia", "nordost")).isFalse();
        assertThat(directory.find("nobody")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void theAdultUnitOfABoardIsItsAdultCaseworkersOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dir.csv");
        Files.writeString(file, CaseworkerDirectory.HEADER + "\na,A,1,a@e.invalid,nordost,adult,U\n"
                + "c,C,2,c@e.invalid,nordost,children,U\nh,H,3,h@e.invalid,hisingen,adult,U\nb,B,4,b@e.invalid,nordost,adult,U\n");
        CaseworkerDirectory directory = CaseworkerDirectory.load(file.toString());
        assertThat(directory.adultUnitOf("nordost")).extracting(CaseworkerDirectory.Entry::userId).containsExactlyInAnyOrder("a", "b");
        assertThat(directory.adultUnitOf("hisingen")).extracting(CaseworkerDirectory.Entry::userId).containsExactly("h");
        assertThat(directory.adultUnitOf("centrum")).isEmpty();
    }

    @Test
    void aBadLineIsRefusedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dir.csv");
        Files.writeString(file, "# comment\n" + CaseworkerDirectory.HEADER + "\nx,X,1,x@e.invalid,nordost,elderly,U\n");
        assertThatThrownBy(() -> CaseworkerDirectory.load(file.toString())).hasMessageContaining("line 3")
                .hasMessageContaining("adult or children");
        Files.writeString(file, CaseworkerDirectory.HEADER + "\nx,X,1,x@e.invalid,nordost,adult,U\nx,Y,2,y@e.invalid,nordost,adult,U\n");
        assertThatThrownBy(() -> CaseworkerDirectory.load(file.toString())).hasMessageContaining("listed twice");
    }

    @Test
    void quotedFieldsHoldCommasAndTheHeaderIsChecked() throws IOException {
        assertThat(Csv.split("a,\"b, c\",\"d\"\"e\"")).containsExactly("a", "b, c", "d\"e");
        assertThatThrownBy(() -> Csv.parse(new StringReader("wrong,header\n"), "a,b", "test"))
                .hasMessageContaining("expected the header a,b");
    }
}
