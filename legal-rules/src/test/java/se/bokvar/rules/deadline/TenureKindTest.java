package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenureKindTest {

    @Test
    void weeksAndLegalBasis() {
        assertThat(TenureKind.RENTAL.recoveryPeriodWeeks()).isEqualTo(3);
        assertThat(TenureKind.RENTAL.legalBasis()).isEqualTo("Jordabalken 12 kap. 44 §");
        assertThat(TenureKind.TENANT_OWNED_DWELLING.recoveryPeriodWeeks()).isEqualTo(3);
        assertThat(TenureKind.TENANT_OWNED_DWELLING.legalBasis()).isEqualTo("Bostadsrättslagen 7 kap. 23 §");
        assertThat(TenureKind.TENANT_OWNED_PREMISES.recoveryPeriodWeeks()).isEqualTo(2);
        assertThat(TenureKind.TENANT_OWNED_PREMISES.legalBasis()).isEqualTo("Bostadsrättslagen 7 kap. 23 §");
    }
}
