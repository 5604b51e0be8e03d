package org.recits.ooxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A part POI wrote, cut where XML written apart goes in: the one way the Office writers put their own
 * XML (a sheet's rows, a document's paragraphs) into POI's package. POI makes the part with everything
 * around (namespaces, a sheet's columns and filter, a section's properties); {@code head}, the written
 * XML, then {@code tail} make the new part, which {@link StableZip} puts in the package in place of POI's.
 *
 * @param head the part's bytes up to the cut
 * @param tail the part's bytes from the cut
 */
public record Splice(byte[] head, byte[] tail) {

    /** Cut at the start of {@code element}'s content, just after its start tag (an empty element is opened). */
    public static Splice atStart(byte[] part, String element) {
        String xml = new String(part, StandardCharsets.UTF_8);
        int at = startTag(xml, element);
        int end = at < 0 ? -1 : xml.indexOf('>', at);
        if (end < 0) {
            throw new IllegalStateException("no <" + element + "> in the part");
        }
        return cut(xml, at, end, element);
    }

    /** Cut at the end of the last {@code element}'s content, just before its end tag (an empty element is opened). */
    public static Splice atEnd(byte[] part, String element) {
        String xml = new String(part, StandardCharsets.UTF_8);
        int close = xml.lastIndexOf("</" + element + ">");
        if (close >= 0) {
            return new Splice(utf8(xml.substring(0, close)), utf8(xml.substring(close)));
        }
        int at = startTag(xml, element);
        int end = at < 0 ? -1 : xml.indexOf('>', at);
        if (end < 0 || xml.charAt(end - 1) != '/') {
            throw new IllegalStateException("no </" + element + "> in the part");
        }
        return cut(xml, at, end, element);
    }

    /** The same cut with the head's text changed (a start tag's attributes, a sheet's dimension). */
    public Splice head(UnaryOperator<String> edit) {
        return new Splice(utf8(edit.apply(new String(head, StandardCharsets.UTF_8))), tail);
    }

    /** The new part: head, {@code content}, tail. */
    public byte[] join(byte[] content) {
        byte[] out = Arrays.copyOf(head, head.length + content.length + tail.length);
        System.arraycopy(content, 0, out, head.length, content.length);
        System.arraycopy(tail, 0, out, head.length + content.length, tail.length);
        return out;
    }

    /** Writes the head, lets {@code content} write into {@code xml}, then writes the tail. */
    public void write(XmlBytes xml, Content content) throws IOException {
        xml.raw(head);
        content.write(xml);
        xml.raw(tail);
    }

    /** XML written between the head and the tail. */
    @FunctionalInterface
    public interface Content {
        void write(XmlBytes xml) throws IOException;
    }

    /** Where {@code <element} starts as a tag (not as the start of a longer name), or -1. */
    private static int startTag(String xml, String element) {
        String open = "<" + element;
        for (int at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
            char next = at + open.length() < xml.length() ? xml.charAt(at + open.length()) : '>';
            if (next == '>' || next == '/' || Character.isWhitespace(next)) {
                return at;
            }
        }
        return -1;
    }

    /** Cut inside the tag at {@code at}..{@code end}; an empty element's tag is split into start and end tags. */
    private static Splice cut(String xml, int at, int end, String element) {
        boolean empty = xml.charAt(end - 1) == '/';
        if (!empty) {
            return new Splice(utf8(xml.substring(0, end + 1)), utf8(xml.substring(end + 1)));
        }
        String start = xml.substring(at, end - 1).stripTrailing() + ">";
        return new Splice(utf8(xml.substring(0, at) + start), utf8("</" + element + ">" + xml.substring(end + 1)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
