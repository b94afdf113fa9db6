package se.bokvar.contracts.v1;

/**
 * A caseworker as named to Kronofogden and the tenant: who is responsible and how to reach them.
 *
 * @param userId the caseworker's login (Keycloak user name)
 * @param name   display name
 * @param phone  direct phone or the unit's number
 * @param email  email or the unit's functional mailbox
 * @param unit   e.g. "Nordost, vuxenenheten"
 */
public record CaseworkerV1(String userId, String name, String phone, String email, String unit) {
}
