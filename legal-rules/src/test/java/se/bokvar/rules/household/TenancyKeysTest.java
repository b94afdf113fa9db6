package se.bokvar.rules.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.bokvar.rules.routing.PostalCode;

class TenancyKeysTest {

    private static final byte[] SECRET = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final PostalCode CODE = PostalCode.parse("411 01");
    private final TenancyKeys keys = new TenancyKeys(SECRET);

    @Test
    void knownVectorsComputedIndependently() {
        // expected values computed outside Java: HMAC-SHA256(key, message) in Python's hmac module
        assertThat(keys.buildingKey(CODE, "Storgatan 12 B"))
                .isEqualTo("f549997737d81f2c3f36bdce1bca5cf1bfe47dde44bb997491e7f2d639e479a9");
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "1102"))
                .isEqualTo("1f7b4b629ea408e8c92a7ae458b30c390fcd1c407f5294c73cf09f0430ad6577");
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", null))
                .isEqualTo("3c697af7380c0dcb2bd860f0934deb15c7fab2e4d804f5fdd1272d3d06f00461");
        assertThat(keys.buildingKey(PostalCode.parse("41101"), "södra vägen 5"))
                .isEqualTo("46d364d7fdde9690a6575369f2f8ecddac00f29d627e57fbf5f0d9228c2dc969");
    }

    @Test
    void sameAddressTypedDifferentlyGivesTheSameKey() {
        String key = keys.tenancyKey(CODE, "Storgatan 12 B", "1102");
        assertThat(keys.tenancyKey(PostalCode.parse("41101"), "  storgatan 12, b.", " 1102 ")).isEqualTo(key);
        assertThat(keys.buildingKey(CODE, "STORGATAN   12 b")).isEqualTo(keys.buildingKey(CODE, "Storgatan 12 B"));
        assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void differentInputsGiveDifferentKeys() {
        String key = keys.tenancyKey(CODE, "Storgatan 12 B", "1102");
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "1103")).isNotEqualTo(key);
        assertThat(keys.tenancyKey(PostalCode.parse("41102"), "Storgatan 12 B", "1102")).isNotEqualTo(key);
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 A", "1102")).isNotEqualTo(key);
        assertThat(new TenancyKeys("0123456789abcdeF".getBytes(StandardCharsets.US_ASCII))
                .tenancyKey(CODE, "Storgatan 12 B", "1102")).isNotEqualTo(key);
        assertThat(keys.buildingKey(CODE, "Storgatan 12 B")).isNotEqualTo(keys.tenancyKey(CODE, "Storgatan 12 B", null));
    }

    @Test
    void unknownFlatIsDeterministic() {
        String unknown = keys.tenancyKey(CODE, "Storgatan 12 B", null);
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "")).isEqualTo(unknown);
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "   ")).isEqualTo(unknown);
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "-")).isEqualTo(unknown);
        assertThat(keys.tenancyKey(CODE, "Storgatan 12 B", "?")).isEqualTo(unknown);
        assertThat(TenancyKeys.FLAT_UNKNOWN).isEqualTo("?");
    }

    @Test
    void secretRules() {
        assertThatThrownBy(() -> new TenancyKeys(new byte[15])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
        assertThat(new TenancyKeys(new byte[16]).buildingKey(CODE, "x")).hasSize(64);
        assertThatNullPointerException().isThrownBy(() -> new TenancyKeys(null));
        byte[] secret = Arrays.copyOf(SECRET, SECRET.length);
        TenancyKeys copied = new TenancyKeys(secret);
        String before = copied.buildingKey(CODE, "Storgatan 12 B");
        secret[0] = 'X';
        assertThat(copied.buildingKey(CODE, "Storgatan 12 B")).isEqualTo(before);
        assertThat(keys.toString()).doesNotContain("0123456789abcdef").isEqualTo("TenancyKeys[HmacSHA256]");
    }

    @Test
    void streetAndPostalCodeAreRequired() {
        assertThatThrownBy(() -> keys.buildingKey(CODE, " .,")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("street");
        assertThatThrownBy(() -> keys.tenancyKey(CODE, "", "1102")).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> keys.buildingKey(CODE, null));
        assertThatNullPointerException().isThrownBy(() -> keys.buildingKey(null, "Storgatan 1"))
                .withMessageContaining("postalCode");
        assertThatNullPointerException().isThrownBy(() -> keys.tenancyKey(null, "Storgatan 1", "1"))
                .withMessageContaining("postalCode");
    }

    @Test
    void threadSafe() throws InterruptedException {
        String expected = keys.tenancyKey(CODE, "Storgatan 12 B", "1102");
        String[] results = new String[8];
        Thread[] threads = new Thread[results.length];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> {
                String last = null;
                for (int n = 0; n < 200; n++) {
                    last = keys.tenancyKey(CODE, "Storgatan 12 B", "1102");
                }
                results[index] = last;
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).containsOnly(expected);
    }

    @org.junit.jupiter.api.Test
    void personKeysAreStableAcrossFormatsAndDifferFromTheNumber() {
        TenancyKeys keys = new TenancyKeys("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneOffset.UTC);
        var a = se.bokvar.rules.identity.PersonalIdentityNumber.parse("19850315-2384", clock);
        var b = se.bokvar.rules.identity.PersonalIdentityNumber.parse("8503152384", clock);
        org.assertj.core.api.Assertions.assertThat(keys.personKey(a)).isEqualTo(keys.personKey(b))
                .hasSize(64).doesNotContain("850315");
        var other = se.bokvar.rules.identity.PersonalIdentityNumber.parse("19121212-1212", clock);
        org.assertj.core.api.Assertions.assertThat(keys.personKey(other)).isNotEqualTo(keys.personKey(a));
    }
}
