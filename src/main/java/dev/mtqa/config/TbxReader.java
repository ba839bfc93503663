package dev.mtqa.config;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads house-style entries from a TBX termbase (ISO 30042; TBX-Basic 2 with
 * {@code termEntry/langSet/tig} and TBX 3 with {@code conceptEntry/langSec/termSec}). For each
 * concept, the English term marked {@code preferredTerm-admn-sts} is the preferred spelling (else
 * the first English term) and those marked {@code deprecatedTerm-admn-sts} or
 * {@code supersededTerm-admn-sts} are the variants to replace; admitted terms are left alone.
 * DTDs and external entities are refused: a termbase is untrusted input.
 */
final class TbxReader {
    private TbxReader() {
    }

    static List<Term> read(String xml, String origin) {
        Document document = parse(xml, origin);
        List<Term> terms = new ArrayList<>();
        for (String entryName : List.of("termEntry", "conceptEntry")) {
            NodeList entries = document.getElementsByTagName(entryName);
            for (int i = 0; i < entries.getLength(); i++) {
                Term term = concept((Element) entries.item(i), origin + " entry " + (i + 1));
                if (term != null) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private static Term concept(Element entry, String origin) {
        String preferred = null;
        String first = null;
        List<String> variants = new ArrayList<>();
        for (String langName : List.of("langSet", "langSec")) {
            NodeList langs = entry.getElementsByTagName(langName);
            for (int i = 0; i < langs.getLength(); i++) {
                Element lang = (Element) langs.item(i);
                String code = lang.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                if (code.isEmpty()) {
                    code = lang.getAttribute("xml:lang");
                }
                if (!code.toLowerCase(Locale.ROOT).startsWith("en")) {
                    continue;
                }
                NodeList termElements = lang.getElementsByTagName("term");
                for (int t = 0; t < termElements.getLength(); t++) {
                    Element term = (Element) termElements.item(t);
                    String text = term.getTextContent().trim();
                    if (text.isEmpty()) {
                        continue;
                    }
                    String status = status((Element) term.getParentNode());
                    if (first == null) {
                        first = text;
                    }
                    if (status.startsWith("preferred")) {
                        preferred = text;
                    } else if (status.startsWith("deprecated") || status.startsWith("superseded")) {
                        variants.add(text);
                    }
                }
            }
        }
        String chosen = preferred != null ? preferred : first;
        if (chosen == null || variants.isEmpty()) {
            return null;
        }
        return new Term(chosen, variants, List.of(), "TBX", origin);
    }

    /** The administrativeStatus termNote next to a term, e.g. "deprecatedTerm-admn-sts"; empty if none. */
    private static String status(Element termGroup) {
        NodeList notes = termGroup.getElementsByTagName("termNote");
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            if (note.getAttribute("type").equals("administrativeStatus")) {
                return note.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document parse(String xml, String origin) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the termbase " + origin + ": " + e.getMessage(), e);
        }
    }
}
