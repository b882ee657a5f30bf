package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document keeps a length for every scored text field, and the empty values that give it one change no score. */
class DenseNormsTest {

    private static final List<String> TEXTS = List.of(
            "Der Datenschutz wird durch eine unabhängige Aufsicht gewährleistet.",
            "Personal data shall be protected; an independent authority oversees the processing of data.",
            "La protection des données est assurée.",
            "Die Datenschutzbestimmungen gelten für alle personenbezogenen Daten und jede Aufsichtsbehörde.");

    @Test
    void shouldKeepALengthForEveryDocumentAndScoreAsWithoutTheEmptyValues() throws IOException {
        List<Float> sparse = scores(false);
        List<Float> dense = scores(true);
        assertThat(dense).hasSize(sparse.size()).isNotEmpty();
        assertThat(dense).containsExactlyElementsOf(sparse);
    }

    /** Indexes the texts (and a document with no text, as the index's state documents are) and scores a query over them. */
    private static List<Float> scores(boolean dense) throws IOException {
        UnaryOperator<Document> prepare = dense ? SearchIndex::dense : d -> d;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.INDEX))) {
            String[] languages = {"de", "en", "fr", "de"};
            for (int i = 0; i < TEXTS.size(); i++) {
                Document d = new Document();
                SearchIndex.addFields(d, languages[i], TEXTS.get(i));
                writer.addDocument(prepare.apply(d));
            }
            Document state = new Document();
            state.add(new StringField(SearchIndex.TYPE, SearchIndex.STATE_KEY, Field.Store.NO));
            writer.addDocument(prepare.apply(state));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (String field : List.of(SearchAnalysis.DE, SearchAnalysis.EN, SearchAnalysis.STD,
                            SearchAnalysis.META + SearchAnalysis.DE, SearchAnalysis.WHOLE + SearchAnalysis.EN)) {
                        NumericDocValues norms = leaf.reader().getNormValues(field);
                        int kept = 0;
                        for (int doc = 0; norms != null && doc < leaf.reader().maxDoc(); doc++) {
                            kept += norms.advanceExact(doc) ? 1 : 0;
                        }
                        if (dense) {
                            assertThat(kept).as(field).isEqualTo(leaf.reader().maxDoc());
                        } else if (field.equals(SearchAnalysis.DE)) {
                            assertThat(kept).as("without empty values only the German texts have a length there").isEqualTo(2);
                        }
                    }
                    assertThat(leaf.reader().getNormValues(SearchAnalysis.SUB)).as("word parts keep no lengths").isNull();
                }
                List<Sought> words = new ArrayList<>(Sought.words("Datenschutz Aufsicht data authority données"));
                Query query = Sought.any(words);
                List<Float> out = new ArrayList<>();
                for (ScoreDoc hit : new IndexSearcher(reader).search(query, 10).scoreDocs) {
                    out.add(hit.score);
                    out.add((float) hit.doc);
                }
                return out;
            }
        }
    }
}
