package org.parley.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;

/**
 * A trie over word tokens for {@link Gazetteer#scan}: one pass over the text's tokens, leftmost-longest match.
 * Words are runs of letters, digits and marks; every other non-space character is a token of its own, so
 * a form ends on a word boundary ("Oman" never matches inside "Romania") and "Putin's" matches "Putin".
 * Forms are kept accent-folded and with their case, except office titles, which are common nouns that news
 * writes in either case ("Foreign Minister", "foreign minister") and so are kept in lower case.
 * Built once, then only read: safe to share between threads.
 */
final class NameTrie {

    /** Which kind a form is reported as when several kinds share it: the more specific first. */
    private static final List<MatchKind> PRIORITY = List.of(MatchKind.PERSON_NAME, MatchKind.ORGANISATION,
            MatchKind.COUNTRY_NAME, MatchKind.COUNTRY_ADJECTIVE, MatchKind.OFFICE_TITLE, MatchKind.FAMILY_NAME, MatchKind.PLACE);

    private final Node root = new Node();

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private Map<MatchKind, TreeSet<String>> found;
        private MatchKind kind;
        private List<String> iris;
    }

    /** Adds a surface form for an entity; call {@link #seal} once all are added. */
    void add(String form, MatchKind kind, String iri) {
        List<String> words = new ArrayList<>();
        Tokens tokens = Tokens.of(form);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.key(i);
            words.add(kind == MatchKind.OFFICE_TITLE ? word.toLowerCase(Locale.ROOT) : word);
        }
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(word, w -> new Node());
        }
        if (node.found == null) {
            node.found = new EnumMap<>(MatchKind.class);
        }
        node.found.computeIfAbsent(kind, k -> new TreeSet<>()).add(iri);
    }

    /** Resolves each form to the kind it is reported as and freezes its IRIs. */
    void seal() {
        seal(root);
    }

    private static void seal(Node node) {
        if (node.found != null) {
            for (MatchKind kind : PRIORITY) {
                TreeSet<String> iris = node.found.get(kind);
                if (iris != null) {
                    node.kind = kind;
                    node.iris = List.copyOf(iris);
                    break;
                }
            }
            node.found = null;
        }
        node.next.values().forEach(NameTrie::seal);
    }

    List<NameMatch> scan(String text) {
        Tokens tokens = Tokens.of(text);
        List<NameMatch> matches = new ArrayList<>();
        Longest longest = new Longest();
        int i = 0;
        while (i < tokens.size()) {
            longest.end = -1;
            longest.node = null;
            walk(root, tokens, i, longest);
            if (longest.node == null) {
                i++;
            } else {
                int start = tokens.start(i);
                int end = tokens.end(longest.end - 1);
                matches.add(new NameMatch(start, end, text.substring(start, end), longest.node.kind,
                        longest.node.iris));
                i = longest.end;
            }
        }
        return Collections.unmodifiableList(matches);
    }

    private static final class Longest {
        private int end;
        private Node node;
    }

    /** Follows the word as written and, for office titles, in lower case; remembers the longest form. */
    private static void walk(Node node, Tokens tokens, int index, Longest longest) {
        if (index >= tokens.size()) {
            return;
        }
        String word = tokens.key(index);
        step(node.next.get(word), tokens, index, longest);
        String lower = tokens.lower(index);
        if (lower != null) {
            step(node.next.get(lower), tokens, index, longest);
        }
    }

    private static void step(Node child, Tokens tokens, int index, Longest longest) {
        if (child == null) {
            return;
        }
        if (child.kind != null && index + 1 > longest.end) {
            longest.end = index + 1;
            longest.node = child;
        }
        if (!child.next.isEmpty()) {
            walk(child, tokens, index + 1, longest);
        }
    }

    /** The tokens of a text: offsets, folded form, and lower-case form where it differs. */
    static final class Tokens {
        private int size;
        private int[] starts;
        private int[] ends;
        private String[] keys;
        private String[] lowers;

        private Tokens(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            keys = new String[capacity];
            lowers = new String[capacity];
        }

        static Tokens of(String text) {
            Tokens tokens = new Tokens(Math.max(8, text.length() / 5));
            int length = text.length();
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    int start = i;
                    while (i < length && isWordChar(text.charAt(i))) {
                        i++;
                    }
                    tokens.add(text, start, i);
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i++;
                } else if (Character.isHighSurrogate(c) && i + 1 < length) {
                    i += 2;
                } else {
                    tokens.add(text, i, i + 1);
                    i++;
                }
            }
            return tokens;
        }

        private static boolean isWordChar(char c) {
            if (c < 0x80) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            int type = Character.getType(c);
            return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }

        private void add(String text, int start, int end) {
            if (size == starts.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                keys = Arrays.copyOf(keys, capacity);
                lowers = Arrays.copyOf(lowers, capacity);
            }
            String key = Names.fold(text.substring(start, end));
            starts[size] = start;
            ends[size] = end;
            keys[size] = key;
            lowers[size] = hasUpperCase(key) ? key.toLowerCase(Locale.ROOT) : null;
            size++;
        }

        private static boolean hasUpperCase(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        int size() {
            return size;
        }

        int start(int index) {
            return starts[index];
        }

        int end(int index) {
            return ends[index];
        }

        String key(int index) {
            return keys[index];
        }

        /** The folded word in lower case, or null when it is already in lower case. */
        String lower(int index) {
            return lowers[index];
        }
    }
}
