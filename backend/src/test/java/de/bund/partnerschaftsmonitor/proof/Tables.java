package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Sql;

/** Row counts of every table a write may touch; equal snapshots mean nothing was stored. */
record Tables(long agreements, long components, long sources, long auditEvents) {

    static Tables count(Sql sql) {
        return new Tables(
                sql.count("SELECT COUNT(*) FROM agreements"),
                sql.count("SELECT COUNT(*) FROM agreement_components"),
                sql.count("SELECT COUNT(*) FROM agreement_sources"),
                sql.count("SELECT COUNT(*) FROM audit_events"));
    }
}
