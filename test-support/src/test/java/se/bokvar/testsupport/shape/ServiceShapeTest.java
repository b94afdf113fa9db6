package se.bokvar.testsupport.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The shape test can fail: planted breaches of every rule are all reported, and a clean service passes. */
class ServiceShapeTest {

    @Test
    void aServiceInTheShapePasses() {
        String root = "se.bokvar.testsupport.shape.clean";
        assertThat(ServiceShape.ofClasses(root, new ClassFileImporter().importPackages(root)).violations()).isEmpty();
    }

    @Test
    void everyPlantedBreachIsReported() {
        String root = "se.bokvar.testsupport.shape.planted";
        List<String> violations = ServiceShape.ofClasses(root, new ClassFileImporter().importPackages(root)).violations();
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("planted.Loose is in none of the layers"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("Overloaded has a constructor with 8 parameters"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("store.NoticeStore").contains("api.NoticeResource"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("app.ReadsEvents").contains("events.NoticePublisher"));
        // nothing else: the allowed dependencies (api -> app -> store, events -> app) are not reported
        assertThat(violations).noneSatisfy(v -> assertThat(v).contains("api.NoticeResource").contains("app.RegisterNotice")
                .doesNotContain("store.NoticeStore"));
    }

    @Test
    void aSourceFileOverTheLimitIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Short.java"), "class Short {}\n");
        Files.writeString(dir.resolve("Long.java"), "// line\n".repeat(ServiceShape.MAX_LINES + 1));
        assertThat(ServiceShape.longFiles(dir)).containsExactly("Long.java has 301 lines (at most 300)");
    }
}
