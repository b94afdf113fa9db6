package se.bokvar.local;

import java.util.List;

/**
 * The demo accounts of config/keycloak/bokvar-realm.json, for the summary {@code ./bokvar up} prints
 * (a test checks that they match the realm file).
 */
public final class DemoAccounts {

    /** A login (user name or client id), its password or secret, and what it is. */
    public record Account(String login, String secret, String description, boolean machineClient) {
    }

    public static final List<Account> ALL = List.of(
            new Account("landlord-hemma", "hemma-demo-secret", "landlord client, landlord_id=hemma-bostader", true),
            new Account("landlord-alvstaden", "alvstaden-demo-secret", "landlord client, landlord_id=alvstaden-fastigheter", true),
            new Account("kronofogden", "kronofogden-demo-secret", "Kronofogden integration client", true),
            new Account("anna", "demo", "caseworker, board nordost, adult unit (client bokvar-cli)", false),
            new Account("bengt", "demo", "caseworker, board hisingen, adult unit", false),
            new Account("cecilia", "demo", "caseworker, board nordost, children-and-youth unit", false),
            new Account("sara", "demo", "supervisor, board nordost", false),
            new Account("olof", "demo", "auditor", false),
            new Account("karin", "demo", "a landlord's staff, landlord_id=hemma-bostader (the landlord area; not the desk)", false));

    private DemoAccounts() {
    }
}
