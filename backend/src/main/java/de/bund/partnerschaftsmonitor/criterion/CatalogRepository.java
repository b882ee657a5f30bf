package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CatalogRepository extends CrudRepository<CatalogVersion, Long> {

    @Introspected
    record GroupRow(String code, String nameEn, @Nullable String nameDe, int displayOrder) {
    }

    @Introspected
    record ProfileRow(String code, boolean isDefault, boolean capsSoftInstruments, int displayOrder, @Nullable String rationale,
                      @Nullable String rationaleDe) {
    }

    @Introspected
    record WeightRow(String profileCode, String groupCode, BigDecimal weight) {
    }

    @Introspected
    record GatingRuleRow(String code, int displayOrder, long version, String descriptionEn, @Nullable String descriptionDe) {
    }

    @Query("SELECT id FROM catalog_versions WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 1")
    Optional<Long> findCurrentPublishedId();

    @Query("SELECT * FROM catalog_versions WHERE id = :id FOR UPDATE")
    Optional<CatalogVersion> findByIdForUpdate(Long id);

    List<CatalogVersion> findAllOrderByIdDesc();

    @Query("SELECT code, name_en, name_de, display_order FROM criterion_groups WHERE catalog_version_id = :catalogId ORDER BY display_order")
    List<GroupRow> groups(Long catalogId);

    @Query("SELECT code, is_default, caps_soft_instruments, display_order, rationale, rationale_de FROM weighting_profiles WHERE catalog_version_id = :catalogId ORDER BY display_order")
    List<ProfileRow> profiles(Long catalogId);

    @Query("SELECT profile_code, group_code, weight FROM profile_group_weights WHERE catalog_version_id = :catalogId ORDER BY profile_code, group_code")
    List<WeightRow> weights(Long catalogId);

    @Query("SELECT code, display_order, version, description_en, description_de FROM gating_rules WHERE catalog_version_id = :catalogId ORDER BY display_order")
    List<GatingRuleRow> gatingRules(Long catalogId);

    @Query("SELECT code, display_order, version, description_en, description_de FROM gating_rules WHERE catalog_version_id = :catalogId AND code = :code FOR UPDATE")
    Optional<GatingRuleRow> gatingRuleForUpdate(Long catalogId, String code);

    /** Writes the texts only if the rule is still at {@code version}; the count says whether it was. */
    @Query("""
            UPDATE gating_rules SET description_en = :descriptionEn, description_de = :descriptionDe, version = version + 1
             WHERE catalog_version_id = :catalogId AND code = :code AND version = :version""")
    long updateGatingRule(Long catalogId, String code, long version, String descriptionEn, @Nullable String descriptionDe);

    @Query("""
            INSERT INTO criterion_groups (catalog_version_id, code, name_en, name_de, display_order)
            SELECT :to, code, name_en, name_de, display_order FROM criterion_groups WHERE catalog_version_id = :from""")
    void copyGroups(Long from, Long to);

    @Query("""
            INSERT INTO criteria (catalog_version_id, code, group_code, core, display_order, name_en, name_de, question_en, question_de,
                                  level0, level1, level2, level3, level0_de, level1_de, level2_de, level3_de,
                                  legal_references, keywords_de, keywords_en, retired)
            SELECT :to, code, group_code, core, display_order, name_en, name_de, question_en, question_de,
                   level0, level1, level2, level3, level0_de, level1_de, level2_de, level3_de,
                   legal_references, keywords_de, keywords_en, retired
              FROM criteria WHERE catalog_version_id = :from""")
    void copyCriteria(Long from, Long to);

    @Query("""
            INSERT INTO weighting_profiles (catalog_version_id, code, is_default, caps_soft_instruments, display_order, rationale, rationale_de)
            SELECT :to, code, is_default, caps_soft_instruments, display_order, rationale, rationale_de FROM weighting_profiles WHERE catalog_version_id = :from""")
    void copyProfiles(Long from, Long to);

    @Query("""
            INSERT INTO profile_group_weights (catalog_version_id, profile_code, group_code, weight)
            SELECT :to, profile_code, group_code, weight FROM profile_group_weights WHERE catalog_version_id = :from""")
    void copyWeights(Long from, Long to);

    @Query("""
            INSERT INTO gating_rules (catalog_version_id, code, display_order, description_en, description_de)
            SELECT :to, code, display_order, description_en, description_de FROM gating_rules WHERE catalog_version_id = :from""")
    void copyGatingRules(Long from, Long to);

    @Query("""
            UPDATE profile_group_weights SET weight = :weight
             WHERE catalog_version_id = :catalogId AND profile_code = :profile AND group_code = :groupCode""")
    void updateWeight(Long catalogId, String profile, String groupCode, BigDecimal weight);

    @Query("""
            UPDATE weighting_profiles SET caps_soft_instruments = :caps, rationale = :rationale, rationale_de = :rationaleDe
             WHERE catalog_version_id = :catalogId AND code = :profile""")
    void updateProfile(Long catalogId, String profile, boolean caps, @Nullable String rationale, @Nullable String rationaleDe);
}
