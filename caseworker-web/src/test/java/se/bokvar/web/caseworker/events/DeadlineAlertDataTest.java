package se.bokvar.web.caseworker.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.platform.messaging.EventData;

/** The field {@code unit} was added to DeadlineAlertV1 later: events published before it are still read. */
class DeadlineAlertDataTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @Test
    void anAlertWithoutTheUnitIsReadWithUnitNull() {
        DeadlineAlertV1 alert = EventData.read(MAPPER, "{\"alertId\":\"0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d\","
                + "\"caseId\":\"0b9c2d4e-2222-4a5b-9c3d-2e4f6a8b0c1d\",\"deadline\":\"EVICTION\",\"alert\":\"NEAR\","
                + "\"dueOn\":\"2026-12-11\",\"detectedAt\":\"2026-12-07T08:00:00Z\",\"board\":\"nordost\","
                + "\"assignedTo\":null}", DeadlineAlertV1.class);
        assertThat(alert.unit()).isNull();
        assertThat(alert.board()).isEqualTo("nordost");
    }

    @Test
    void anAlertWithTheUnitCarriesIt() {
        DeadlineAlertV1 alert = EventData.read(MAPPER, "{\"alertId\":\"0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d\","
                + "\"caseId\":\"0b9c2d4e-2222-4a5b-9c3d-2e4f6a8b0c1d\",\"deadline\":\"EVICTION\",\"alert\":\"NEAR\","
                + "\"dueOn\":\"2026-12-11\",\"detectedAt\":\"2026-12-07T08:00:00Z\",\"board\":\"nordost\","
                + "\"assignedTo\":\"anna\",\"unit\":\"children\"}", DeadlineAlertV1.class);
        assertThat(alert.unit()).isEqualTo("children");
    }
}
