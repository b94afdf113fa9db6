package se.bokvar.cases.store;

import java.util.Locale;

import jakarta.persistence.Converter;

/** The unit of a board that owns a case or a task; stored (and shown) as its lower-case {@link #value()}. */
public enum CaseUnit {
    /** Vuxenenheten: owns every case. */
    ADULT,
    /** The children-and-youth unit: takes part when children are affected. */
    CHILDREN;

    /** The text stored in {@code household_case.unit} and {@code case_task.unit}, as tokens name units: adult, children. */
    public String value() {
        return LowerCaseColumn.text(this);
    }

    public static CaseUnit of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Keeps the stored text lower-case, as the migrations expect. */
    @Converter
    public static class Column extends LowerCaseColumn<CaseUnit> {
        public Column() {
            super(CaseUnit.class);
        }
    }
}
