package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreementSourceRepository extends CrudRepository<AgreementSource, Long> {

    List<AgreementSource> findByAgreementIdOrderByPosition(Long agreementId);

    void deleteByAgreementId(Long agreementId);
}
