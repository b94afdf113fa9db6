package se.bokvar.bench.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Tokens;

/** After the end-to-end phase: are its cases in the caseworker's inbox, through the real API? */
final class InboxCheck {

    private InboxCheck() {
    }

    /** Pages through the caseworker's inbox until every case of these notices was found; {found, cases}. */
    static int[] found(HttpClient http, Tokens caseworker, IntakeOptions o, List<String> noticeIds) throws Exception {
        Set<String> cases = new HashSet<>();
        try (Connection c = DriverManager.getConnection(o.casesJdbcUrl());
                PreparedStatement ps = c.prepareStatement("select distinct case_id::text from case_notice where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", noticeIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
        }
        int total = cases.size();
        for (int offset = 0; offset <= 100_000 && !cases.isEmpty(); offset += 200) {
            HttpResponse<String> r = http.send(BenchHttp.get(URI.create(o.cases() + "/api/v1/inbox?limit=200&offset=" + offset),
                    caseworker, Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                System.out.printf("  inbox check: HTTP %d at offset %d%n", r.statusCode(), offset);
                break;
            }
            JsonNode items = BenchHttp.JSON.readTree(r.body()).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> cases.remove(item.path("id").asText()));
        }
        return new int[] { total - cases.size(), total };
    }
}
