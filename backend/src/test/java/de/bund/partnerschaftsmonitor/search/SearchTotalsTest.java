package de.bund.partnerschaftsmonitor.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page's total is exact below {@link TextSearch#MAX_HITS} and says "at least" from there on. */
class SearchTotalsTest {

    @Test
    void shouldCountExactlyBelowTheLimitAndNoFurtherThanIt() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.INDEX))) {
            for (int i = 0; i < 1500; i++) {
                String text = "Die Aufsicht prüft den Vorgang " + i + (i % 50 == 0 ? " unter Zweckbindung." : ".");
                writer.addDocument(SearchIndex.dense(SearchIndex.base(SearchIndex.PASSAGE, "d:1", 1, "de", text)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TextSearch.Hits few = TextSearch.search(searcher, "Zweckbindung", 0, 20);
                assertThat(few.total()).isEqualTo(30);
                assertThat(few.hits()).hasSize(20);
                TextSearch.Hits many = TextSearch.search(searcher, "Aufsicht", 0, 20);
                assertThat(many.total()).as("1500 match; counted up to the limit").isEqualTo(TextSearch.MAX_HITS);
                assertThat(many.hits()).hasSize(20);
                assertThat(TextSearch.search(searcher, "Aufsicht", 980, 20).hits()).as("the last page served").hasSize(20);
            }
        }
    }
}
