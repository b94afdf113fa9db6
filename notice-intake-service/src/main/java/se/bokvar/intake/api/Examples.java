package se.bokvar.intake.api;

/** Request examples for the OpenAPI document (a test posts each of them). */
final class Examples {

    private Examples() {
    }

    static final String TERMINATION = """
            {
              "tenure": "RENTAL",
              "landlordReference": "HB-2026-00417",
              "tenants": [ { "personalIdentityNumber": "19850315-2384", "name": "Maria Exempelsson" } ],
              "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
              "rooms": 2,
              "areaSquareMetres": 58,
              "leaseType": "förstahandskontrakt",
              "monthlyRent": 7850,
              "debtAmount": 15700,
              "monthsInArrears": 2,
              "servedOn": "2026-11-20",
              "childrenKnown": "UNKNOWN",
              "contactPerson": { "name": "Karin Förvaltare", "phone": "031-123 45 67", "email": "karin@hemma.example" }
            }""";

    static final String TERMINATION_TENANT_OWNED = """
            {
              "tenure": "TENANT_OWNED_DWELLING",
              "landlordReference": "BRF-LINDEN-2026-07",
              "tenants": [
                { "personalIdentityNumber": "7805062382", "name": "Anders Exempel" },
                { "personalIdentityNumber": "19800629-2380", "name": "Lena Exempel" }
              ],
              "address": { "street": "Lindgatan 4", "postalCode": "42431", "city": "Angered", "flatNumber": "1201" },
              "rooms": 3,
              "monthlyRent": 4120.50,
              "debtAmount": 8241,
              "monthsInArrears": 2,
              "childrenKnown": "YES",
              "contactPerson": { "name": "Styrelsen BRF Linden", "email": "styrelsen@linden.example" }
            }""";

    static final String RECTIFICATION = """
            {
              "tenure": "RENTAL",
              "landlordReference": "HB-R-2026-0031",
              "tenants": [ { "personalIdentityNumber": "19850315-2384", "name": "Maria Exempelsson" } ],
              "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
              "kind": "DISTURBANCE",
              "description": "Upprepade störningar nattetid (hög musik, bråk), senast 2026-11-14.",
              "incidentDates": [ "2026-11-07", "2026-11-14" ],
              "requestServedOn": "2026-11-16",
              "childrenKnown": "NO",
              "contactPerson": { "name": "Karin Förvaltare", "phone": "031-123 45 67" }
            }""";

    static final String EARLY_WARNING = """
            {
              "tenure": "RENTAL",
              "landlordReference": "HB-V-2026-0112",
              "tenants": [ { "personalIdentityNumber": "19850315-2384", "name": "Maria Exempelsson" } ],
              "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
              "reasons": [ "LATE_PAYMENTS", "CONCERN_FOR_CHILDREN" ],
              "description": "Hyran för oktober och november betald sent; grannar oroliga för barnen.",
              "debtAmount": 7850,
              "childrenKnown": "YES",
              "contactPerson": { "name": "Karin Förvaltare", "phone": "031-123 45 67" }
            }""";

    /** The termination above, corrected (a constant expression, so it can stand in an annotation). */
    static final String CORRECTION = """
            {
              "reason": "Skulden var felaktigt angiven: 15 700 kr, inte 17 500 kr.",
              "termination": """ + TERMINATION + """

            }""";

    static final String SERVED_DATE = """
            { "servedOn": "2026-11-20" }""";

    static final String WITHDRAWAL = """
            { "reason": "DEBT_PAID", "comment": "Skulden betald i sin helhet 2026-11-21." }""";

    static final String BATCH = """
            {
              "notices": [
                { "kind": "TERMINATION_UNPAID_RENT", "notice": {
                    "tenure": "RENTAL", "landlordReference": "HB-2026-00501",
                    "tenants": [ { "personalIdentityNumber": "19850315-2384", "name": "Maria Exempelsson" } ],
                    "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
                    "rooms": 2, "monthlyRent": 7850, "debtAmount": 15700, "monthsInArrears": 2,
                    "childrenKnown": "UNKNOWN", "contactPerson": { "name": "Karin Förvaltare" } } },
                { "kind": "EARLY_WARNING", "notice": {
                    "tenure": "RENTAL", "landlordReference": "HB-V-2026-0113",
                    "tenants": [ { "personalIdentityNumber": "19800629-2380", "name": "Lena Exempel" } ],
                    "address": { "street": "Lindgatan 4", "postalCode": "42431", "city": "Angered", "flatNumber": "1201" },
                    "reasons": [ "LATE_PAYMENTS" ], "childrenKnown": "NO", "contactPerson": { "name": "Karin Förvaltare" } } }
              ]
            }""";
}
