package org.suchi.web;

import java.util.Locale;

/** What a signed-in user may do: analysts read, reviewers also correct and upload, admins too. */
public enum Role {
    ANALYST, REVIEWER, ADMIN;

    public boolean mayCorrect() {
        return this != ANALYST;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role " + s + " (reviewer, analyst or admin)");
        }
    }
}
