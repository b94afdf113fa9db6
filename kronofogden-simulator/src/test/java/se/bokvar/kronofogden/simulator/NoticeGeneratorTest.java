package se.bokvar.kronofogden.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Generated notices follow the contract, with valid personnummer and a weekday eviction about a week ahead. */
class NoticeGeneratorTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Luhn over the ten digits YYMMDDNNNC, written independently of the generator. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Test
    void generatedNoticesFollowTheContract() throws Exception {
        Contract contract = new Contract();
        NoticeGenerator generator = new NoticeGenerator(new Random(42));
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(1));
        for (int i = 0; i < 300; i++) {
            Map<String, Object> notice = generator.notice(now, null);
            String json = JSON.writeValueAsString(notice);
            assertThat(contract.violations("eviction-notice", json)).as(json).isEmpty();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tenants = (List<Map<String, Object>>) notice.get("tenants");
            for (Map<String, Object> t : tenants) {
                String pin = ((String) t.get("personalIdentityNumber")).replace("-", "");
                assertThat(luhnValid(pin.substring(2))).as(pin).isTrue();
            }
            OffsetDateTime evictionAt = OffsetDateTime.parse((String) notice.get("evictionAt"));
            assertThat(evictionAt.atZoneSameInstant(ZoneId.of("Europe/Stockholm")).getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(evictionAt).isAfter(now.plusDays(6)).isBefore(now.plusDays(14));
        }
    }

    @Test
    void theCheckDigitIsSkatteverketsLuhn() {
        assertThat(NoticeGenerator.luhn("850315238")).isEqualTo(4);
        assertThat(NoticeGenerator.luhn("800101000")).isEqualTo(1);
    }
}
