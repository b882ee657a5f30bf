package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Puts index hits together with what the database says about their documents and instruments. */
@Singleton
class PassageFinder {

    static final int MAX_CANDIDATES = 50;

    private final SearchRepository repository;
    private final TextSearch search;

    PassageFinder(SearchRepository repository, TextSearch search) {
        this.repository = repository;
        this.search = search;
    }

    Optional<SearchViews.Passages> passages(long agreementId, String criterion) {
        List<SearchRepository.DocumentInfo> documents = repository.currentDocuments(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement.notFound"));
        return repository.keywords(criterion).map(keywords -> {
            List<TextSearch.Candidate> candidates = search.passages(agreementId, keywords.de(), keywords.en(), MAX_CANDIDATES);
            Map<Long, SearchRepository.DocumentInfo> current = new HashMap<>();
            documents.forEach(d -> current.put(d.id(), d));
            List<SearchViews.Passage> passages = new ArrayList<>();
            for (TextSearch.Candidate c : candidates) {
                SearchRepository.DocumentInfo d = current.get(c.documentId());
                if (d == null) {
                    continue; // archived or superseded since the index caught up
                }
                List<SearchViews.MatchedTerm> matched = new ArrayList<>();
                c.matched().forEach((k, forms) -> matched.add(new SearchViews.MatchedTerm(k.text(), k.language(), k.searched(), List.copyOf(forms))));
                passages.add(new SearchViews.Passage(c.documentId(), c.anchor(), c.label(), c.text(), matched, c.score(), c.marks(),
                        SearchViews.DocumentView.from(d), SearchViews.marking(d.classification()),
                        SearchViews.link(agreementId, c.documentId(), c.anchor())));
            }
            return new SearchViews.Passages(agreementId, criterion, keywords.de(), keywords.en(),
                    documents.stream().map(SearchViews.DocumentView::from).toList(), passages);
        });
    }

    Page<SearchViews.Hit> search(String q, Pageable page) {
        TextSearch.Hits hits = search.search(q, (int) page.getOffset(), page.getSize());
        Set<Long> agreementIds = new HashSet<>();
        Set<Long> documentIds = new HashSet<>();
        hits.hits().forEach(h -> {
            agreementIds.add(h.agreementId());
            if (h.documentId() != null) {
                documentIds.add(h.documentId());
            }
        });
        Map<Long, SearchRepository.AgreementInfo> agreements = repository.agreements(agreementIds);
        Map<Long, SearchRepository.DocumentInfo> documents = repository.documents(documentIds);
        List<SearchViews.Hit> out = new ArrayList<>();
        for (TextSearch.Hit h : hits.hits()) {
            SearchRepository.AgreementInfo a = agreements.get(h.agreementId());
            SearchRepository.DocumentInfo d = h.documentId() == null ? null : documents.get(h.documentId());
            if (a == null || a.archived() || (h.documentId() != null && (d == null || !d.current()))) {
                continue;
            }
            out.add(new SearchViews.Hit(a.id(), a.countryIso2(), a.titleDe(), a.titleEn(), a.titleOriginal(), h.part(),
                    d == null ? null : SearchViews.DocumentView.from(d), h.anchor(), h.label(), h.snippet(), h.score(),
                    d == null ? null : SearchViews.marking(d.classification()), SearchViews.link(a.id(), h.documentId(), h.anchor())));
        }
        return Page.of(out, page, hits.total());
    }
}
