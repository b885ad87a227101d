package io.rekindle.ingestion;

import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML with a line break after every block (paragraph, heading, list item, table cell),
 * whatever the parser emitted between them, so that a heading never runs into the line after it. Stops at a limit.
 */
final class BlockText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "div",
            "tr",
            "td",
            "th",
            "br",
            "title",
            "dt",
            "dd",
            "pre",
            "blockquote",
            "section",
            "header",
            "footer",
            "table",
            "ul",
            "ol");

    private final StringBuilder text = new StringBuilder();
    private final int limit;

    BlockText(int limit) {
        this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (BLOCKS.contains(name(localName, qName))) {
            lineBreak();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (BLOCKS.contains(name(localName, qName))) {
            lineBreak();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        int room = limit - text.length();
        if (room <= 0) {
            throw new WriteLimitReachedException(limit);
        }
        text.append(ch, start, Math.min(length, room));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void lineBreak() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
