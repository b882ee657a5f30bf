package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Sql;

/** Row counts of every table a write may touch; equal snapshots mean nothing was stored. */
record Tables(long agreements, long components, long sources, long auditEvents, long assessments, long approvals,
              long comments, long catalogs, long accounts) {

    static Tables count(Sql sql) {
        return new Tables(
                sql.count("SELECT COUNT(*) FROM agreements"),
                sql.count("SELECT COUNT(*) FROM agreement_components"),
                sql.count("SELECT COUNT(*) FROM agreement_sources"),
                sql.count("SELECT COUNT(*) FROM audit_events"),
                sql.count("SELECT COUNT(*) FROM assessments"),
                sql.count("SELECT COUNT(*) FROM assessment_approvals"),
                sql.count("SELECT COUNT(*) FROM assessment_comments"),
                sql.count("SELECT COUNT(*) FROM catalog_versions"),
                sql.count("SELECT COUNT(*) FROM accounts"));
    }
}
