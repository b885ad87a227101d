package io.rekindle.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for the OpenSearch backend (profile {@code opensearch}), under the same names
 * and with the same token filters, so a query finds the same people on either backend.
 */
public class OpenSearchAnalyzers implements ElasticsearchAnalysisConfigurer {

    static final String ENGLISH_POSSESSIVE = "rekindle_english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(Analyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.normalizer(Analyzers.LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
    }
}
