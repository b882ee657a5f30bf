package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement's passages searched in its segments only score and rank as in a search of the whole index. */
class SegmentSearchTest {

    @Test
    void shouldRankAndScoreAsTheWholeIndexWhereTheAgreementSpansSegmentsAndOthersSkewTheStatistics() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.INDEX).setMergePolicy(NoMergePolicy.INSTANCE))) {
            // Segment 1: another agreement where "Aufsicht" is everywhere, so its idf in that segment alone would be low.
            for (int i = 0; i < 40; i++) {
                writer.addDocument(passage(1, "Die Aufsicht über die Aufsichtsbehörde regelt Artikel " + i + "."));
            }
            writer.commit();
            // Segments 2 and 3: agreement 2, its first and a later document.
            writer.addDocument(passage(2, "Der Datenschutz wird durch eine unabhängige Aufsicht gewährleistet."));
            writer.addDocument(passage(2, "Die Datenschutzbestimmungen gelten für alle personenbezogenen Daten."));
            writer.addDocument(passage(2, "Der Kapazitätsaufbau wird gefördert."));
            writer.commit();
            writer.addDocument(passage(2, "Die Aufsichtsbehörde prüft den Datenschutz jährlich."));
            writer.addDocument(passage(3, "Datenschutz, Datenschutz und nochmals Datenschutz."));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                IndexSearcher whole = new IndexSearcher(reader);
                List<Sought> keywords = new ArrayList<>();
                for (String k : List.of("Datenschutz", "Aufsicht", "unabhängige Aufsicht")) {
                    Sought.keyword(k, "de").ifPresent(keywords::add);
                }
                Term agreement = new Term(SearchIndex.AGREEMENT, "2");
                Query query = new BooleanQuery.Builder().add(Sought.any(keywords), BooleanClause.Occur.MUST)
                        .add(new TermQuery(agreement), BooleanClause.Occur.FILTER).build();

                ScoreDoc[] expected = whole.search(query, 10).scoreDocs;
                ScoreDoc[] actual = SegmentSearch.top(whole, agreement, query, 10);

                assertThat(expected).hasSize(3);
                assertThat(actual).extracting(h -> h.doc).containsExactly(java.util.Arrays.stream(expected).map(h -> h.doc).toArray(Integer[]::new));
                assertThat(actual).extracting(h -> h.score).containsExactly(java.util.Arrays.stream(expected).map(h -> h.score).toArray(Float[]::new));
                assertThat(SegmentSearch.top(whole, agreement, query, 2)).extracting(h -> h.doc).containsExactly(expected[0].doc, expected[1].doc);
                assertThat(SegmentSearch.top(whole, new Term(SearchIndex.AGREEMENT, "9"), query, 10)).isEmpty();
            }
        }
    }

    private static Document passage(long agreementId, String text) {
        Document d = new Document();
        d.add(new StringField(SearchIndex.AGREEMENT, Long.toString(agreementId), Field.Store.NO));
        for (String field : SearchAnalysis.fieldsFor("de")) {
            d.add(new TextField(field, text, Field.Store.NO));
        }
        return d;
    }
}
