package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.search.Query.And;
import io.rekindle.search.Query.Kind;
import io.rekindle.search.Query.Not;
import io.rekindle.search.Query.Or;
import io.rekindle.search.Query.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTests {

    static Term word(String text) {
        return new Term(null, text, Kind.WORD);
    }

    @Test
    void wordsSideBySideMeanAnd() {
        assertThat(QueryParser.parse("java spring")).isEqualTo(new And(List.of(word("java"), word("spring"))));
        assertThat(QueryParser.parse("java AND spring")).isEqualTo(QueryParser.parse("java spring"));
        assertThat(QueryParser.parse("java and spring")).isEqualTo(QueryParser.parse("java spring"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(QueryParser.parse("a b OR c"))
                .isEqualTo(new Or(List.of(new And(List.of(word("a"), word("b"))), word("c"))));
        assertThat(QueryParser.parse("a (b OR c)"))
                .isEqualTo(new And(List.of(word("a"), new Or(List.of(word("b"), word("c"))))));
    }

    @Test
    void notAndMinusExclude() {
        assertThat(QueryParser.parse("sales NOT manager"))
                .isEqualTo(new And(List.of(word("sales"), new Not(word("manager")))));
        assertThat(QueryParser.parse("sales -manager")).isEqualTo(QueryParser.parse("sales NOT manager"));
        assertThat(QueryParser.parse("NOT (a OR b)")).isEqualTo(new Not(new Or(List.of(word("a"), word("b")))));
        assertThat(QueryParser.parse("full-stack")).isEqualTo(word("full-stack"));
    }

    @Test
    void phrasesWildcardsAndFields() {
        assertThat(QueryParser.parse("\"account executive\""))
                .isEqualTo(new Term(null, "account executive", Kind.PHRASE));
        assertThat(QueryParser.parse("manag*")).isEqualTo(new Term(null, "manag*", Kind.PREFIX));
        assertThat(QueryParser.parse("title:\"account executive\" city:Chicago"))
                .isEqualTo(new And(List.of(
                        new Term("title", "account executive", Kind.PHRASE), new Term("city", "Chicago", Kind.WORD))));
        assertThat(QueryParser.parse("Skills:(java OR kotlin)"))
                .isEqualTo(new Or(
                        List.of(new Term("skills", "java", Kind.WORD), new Term("skills", "kotlin", Kind.WORD))));
        assertThat(QueryParser.parse("tag:hot company:acm*"))
                .isEqualTo(
                        new And(List.of(new Term("tag", "hot", Kind.WORD), new Term("company", "acm*", Kind.PREFIX))));
    }

    @Test
    void aRealRecruiterString() {
        Query q = QueryParser.parse(
                "(title:\"account executive\" OR title:\"sales executive\") AND (salesforce OR hubspot) NOT city:Boston");
        assertThat(q).isInstanceOf(And.class);
        assertThat(((And) q).parts()).hasSize(3).last().isEqualTo(new Not(new Term("city", "Boston", Kind.WORD)));
    }

    @Test
    void blankIsEveryone() {
        assertThat(QueryParser.parse("  ")).isEqualTo(new Query.All());
        assertThat(QueryParser.parse(null)).isEqualTo(new Query.All());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            java AND                 | 9  | Expected a word
            OR java                  | 1  | Expected a word
            (java OR kotlin          | 16 | Missing ')' for the '(' at position 1
            java)                    | 5  | This ')' closes no '('
            "account executive       | 1  | This quote is never closed
            java NOT                 | 9  | Expected a word
            *java                    | 1  | A wildcard is only allowed at the end
            ja*va                    | 3  | A wildcard is only allowed at the end
            j*                       | 2  | A wildcard needs at least two letters
            salary:100               | 1  | Unknown field salary:
            title:                   | 7  | Expected a word, a phrase or '(' after title:
            sales ()                 | 7  | Empty parentheses
            sales OR OR java         | 10 | Expected a word
            a AND ) b                | 7  | Expected a word
            ""                       | 1  | Empty quotes
            """)
    void syntaxErrorsSayWhere(String query, int position, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(position))
                .hasMessageContaining(message);
    }
}
