package se.bokvar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void everyTypeIsUniqueVersionedAndOnAKnownTopic() {
        Set<String> seen = new HashSet<>();
        for (EventType<?> type : EventTypes.ALL) {
            assertThat(seen.add(type.type())).as("duplicate " + type.type()).isTrue();
            assertThat(type.type()).startsWith("se.bokvar.").matches(".*\\.v[0-9]+$");
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(type.dataClass().isRecord()).as(type.dataClass() + " is a record").isTrue();
            assertThat(type.description()).isNotBlank();
            assertThat(EventTypes.byType(type.type())).contains(type);
        }
    }

    @Test
    void topicsAreVersionedAndUnique() {
        Set<String> names = new HashSet<>();
        for (Topic topic : Topics.ALL) {
            assertThat(names.add(topic.name())).isTrue();
            assertThat(topic.name()).matches("bokvar\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");
            assertThat(topic.productionPartitions()).isGreaterThanOrEqualTo(topic.localPartitions());
        }
    }
}
