package org.parley.clean;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a page credits: the wire agency ("(AP)", "authored by Press Trust of India (PTI)") and the outlet
 * ("Get latest articles and stories on World at LatestLY", "…reports Asian Lite News").
 */
public final class Credits {
    /** Every spelling of a wire agency, mapped to its canonical short name. Longer spellings first. */
    private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

    static {
        agency("AP", "The Associated Press", "Associated Press", "AP");
        agency("PTI", "Press Trust of India", "PTI");
        agency("ANI", "Asian News International", "ANI");
        agency("AFP", "Agence France-Presse", "Agence France Presse", "AFP");
        agency("Reuters", "Reuters", "REUTERS");
        agency("TASS", "TASS", "Tass", "ITAR-TASS");
        agency("Xinhua", "Xinhua News Agency", "Xinhua", "XINHUA");
        agency("UNI", "United News of India", "UNI");
        agency("IANS", "Indo-Asian News Service", "IANS");
        agency("Kyodo", "Kyodo News", "Kyodo", "KYODO");
        agency("Yonhap", "Yonhap News Agency", "Yonhap", "YONHAP");
        agency("dpa", "Deutsche Presse-Agentur", "dpa", "DPA");
    }

    private static final String AGENCY_NAMES = String.join("|",
            AGENCIES.keySet().stream().map(Pattern::quote).toList());

    /** "(ANI)" closing the last paragraph of a wire story. */
    private static final Pattern SIGN_OFF = Pattern.compile("\\((" + AGENCY_NAMES + ")\\)\\s*$");
    private static final Pattern AGENCY_MENTION = Pattern.compile("\\b(" + AGENCY_NAMES + ")\\b");

    private static final String NAME = "([A-Z][\\p{L}\\p{N}&'’-]*(?:\\s+[A-Z][\\p{L}\\p{N}&'’-]*){0,4})";
    private static final Pattern LATEST_AT = Pattern.compile(
            "Get (?:the )?latest (?:articles|news|updates)(?: and stories)? on [^.]{1,40}? at " + NAME + "\\.?");
    private static final Pattern REPORTS = Pattern.compile("(?:…|\\.\\.\\.|\\.)\\s*reports\\s+" + NAME + "\\s*$");
    private static final Pattern OPINIONS_OF = Pattern.compile("do not reflect the (?:opinions|views) of " + NAME);

    /** A paragraph that only credits: a syndication disclaimer, "With inputs from PTI", "Source: ...". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:\\(?\\s*The above story is (?:verified and )?authored by|\\(?\\s*With inputs from|Source\\s*:"
                    + "|\\(?\\s*This story has not been edited by|\\(?\\s*Only the headline .{0,40} changed"
                    + "|\\(?\\s*Edited by|\\(?\\s*(?:Additional )?(?:Reporting|Writing) by"
                    + "|\\(?\\s*Photo(?:graph)?\\s*(?:credit)?\\s*:)", Pattern.CASE_INSENSITIVE);

    private Credits() {
    }

    private static void agency(String canonical, String... spellings) {
        for (String spelling : spellings) {
            AGENCIES.put(spelling, canonical);
        }
    }

    /** The canonical short name ("PTI") for an agency's name or short name, or null if it is not a wire agency. */
    public static String canonicalAgency(String name) {
        return name == null ? null : AGENCIES.get(name.strip());
    }

    /** The sign-off closing a wire story's text ("(ANI)"), or null. */
    static String signOff(String text) {
        Matcher m = SIGN_OFF.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    /** The agency a sign-off or "(AP)" names, canonical; null if none. */
    static String agencyIn(String text) {
        Matcher m = AGENCY_MENTION.matcher(text);
        return m.find() ? AGENCIES.get(m.group(1)) : null;
    }

    static boolean isCreditLine(String text) {
        return CREDIT_LINE.matcher(text.strip()).find();
    }

    /** A phrase crediting the outlet that publishes the page, or null. */
    static String outletIn(String text) {
        for (Pattern p : new Pattern[] {LATEST_AT, REPORTS, OPINIONS_OF}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The text without the phrases crediting the outlet, so that a summary can be compared with a paragraph. */
    static String withoutOutletCredits(String text) {
        String out = text;
        for (Pattern p : new Pattern[] {LATEST_AT, REPORTS}) {
            out = p.matcher(out).replaceAll(" ");
        }
        return out;
    }
}
