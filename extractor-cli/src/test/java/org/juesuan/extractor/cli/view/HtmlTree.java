package org.juesuan.extractor.cli.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the pages {@code view} writes, for tests: every element must be closed in order (so a page it
 * reads is well formed and its marks nest), attributes are double-quoted, the five escapes are decoded.
 */
final class HtmlTree {
    private static final Set<String> VOID = Set.of("meta", "input", "br", "img", "hr", "link");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:=\"[^\"]*\")?)*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    static final class Element {
        final String name;
        final Map<String, String> attributes;
        final Element parent;
        final List<Object> children = new ArrayList<>();

        Element(String name, Map<String, String> attributes, Element parent) {
            this.name = name;
            this.attributes = attributes;
            this.parent = parent;
        }

        String attr(String attribute) {
            return attributes.get(attribute);
        }

        boolean hasClass(String cls) {
            String classes = attributes.get("class");
            return classes != null && List.of(classes.split(" ")).contains(cls);
        }

        String text() {
            StringBuilder out = new StringBuilder();
            for (Object child : children) {
                out.append(child instanceof Element e ? e.text() : (String) child);
            }
            return out.toString();
        }

        List<Element> all(Predicate<Element> test) {
            List<Element> found = new ArrayList<>();
            collect(test, found);
            return found;
        }

        private void collect(Predicate<Element> test, List<Element> found) {
            for (Object child : children) {
                if (child instanceof Element e) {
                    if (test.test(e)) {
                        found.add(e);
                    }
                    e.collect(test, found);
                }
            }
        }

        Element ancestor(Predicate<Element> test) {
            for (Element e = parent; e != null; e = e.parent) {
                if (test.test(e)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return "<" + name + " " + attributes + ">";
        }
    }

    private HtmlTree() {
    }

    static Element parse(String html) {
        Element root = new Element("#document", Map.of(), null);
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        int pos = 0;
        while (pos < html.length()) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) {
                text(open.peek(), html.substring(pos));
                break;
            }
            text(open.peek(), html.substring(pos, lt));
            if (html.startsWith("<!DOCTYPE", lt)) {
                pos = html.indexOf('>', lt) + 1;
                continue;
            }
            Matcher tag = TAG.matcher(html).region(lt, html.length());
            if (!tag.lookingAt()) {
                throw new AssertionError("not a tag at " + lt + ": " + html.substring(lt, Math.min(html.length(), lt + 60)));
            }
            String name = tag.group(2).toLowerCase();
            pos = tag.end();
            if (tag.group(1).isEmpty()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(tag.group(3));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2) == null ? "" : unescape(a.group(2)));
                }
                Element element = new Element(name, attributes, open.peek());
                open.peek().children.add(element);
                if (RAW_TEXT.contains(name)) {
                    int close = html.indexOf("</" + name + ">", pos);
                    element.children.add(html.substring(pos, close));
                    pos = close + name.length() + 3;
                } else if (!VOID.contains(name)) {
                    open.push(element);
                }
            } else {
                Element top = open.peek();
                if (!top.name.equals(name)) {
                    throw new AssertionError("</" + name + "> closes " + top + " at " + lt);
                }
                open.pop();
            }
        }
        if (open.size() != 1) {
            throw new AssertionError("unclosed " + open.peek());
        }
        return root;
    }

    private static void text(Element parent, String raw) {
        if (!raw.isEmpty()) {
            if (raw.contains("<") || raw.contains(">")) {
                throw new AssertionError("unescaped markup in text: " + raw);
            }
            parent.children.add(unescape(raw));
        }
    }

    static String unescape(String raw) {
        if (raw.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&")) {
            throw new AssertionError("unknown or bare & in: " + raw);
        }
        return raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
