package se.bokvar.web.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.testsupport.shape.ServiceShape;

/** The desk has the services' one shape (docs/architecture.md): api over app over store, nothing upward. */
class DeskShapeTest {

    @Test
    void theDeskHasTheOneShape() {
        List<String> violations = ServiceShape.of(getClass().getPackageName()).violations();
        assertThat(violations).as("breaches of the shape:%n  %s", String.join(System.lineSeparator() + "  ", violations))
                .isEmpty();
    }
}
