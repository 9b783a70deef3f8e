package org.parley.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming XML writer for the network formats: the JDK's StAX writer (which escapes), one element per line,
 * indented, and text cleaned of the characters XML 1.0 cannot hold (control characters from odd article text).
 */
final class XmlOut {
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final OutputStream stream;
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut(OutputStream stream) {
        this.stream = stream;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens the root element in its default namespace, with an xsi:schemaLocation and the given attributes. */
    void root(String name, String namespace, String schemaLocation, String... attributes) {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", namespace + " " + schemaLocation);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        });
        depth++;
    }

    /** Opens an element with attributes given as name, value pairs; a null or empty value is left out. */
    void open(String name, String... attributes) {
        start(name, false, attributes);
        depth++;
    }

    /** An element without content. */
    void empty(String name, String... attributes) {
        start(name, true, attributes);
    }

    /** An element holding only text. */
    void textElement(String name, String text, String... attributes) {
        start(name, false, attributes);
        run(() -> {
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    void close() {
        depth--;
        run(() -> {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEndElement();
        });
    }

    /** Ends the document and flushes; the stream stays open. */
    void finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String name, boolean empty, String... attributes) {
        run(() -> {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            if (empty) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
            }
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                String value = attributes[i + 1];
                if (value != null && !value.isEmpty()) {
                    xml.writeAttribute(attributes[i], clean(value));
                }
            }
        });
    }

    /** Drops the characters XML 1.0 does not allow (most control characters, unpaired surrogates, U+FFFE/F). */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::allowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("writing XML failed: " + e.getMessage(), e));
    }
}
